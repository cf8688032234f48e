#include "app/cli/cli_command.h"

#include "core/cases/case_labels.h"
#include "core/cases/case_register.h"
#include "core/cases/case_time.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/io/case_exchange.h"

namespace uo::cli {

namespace {
// One case a line: number, state (overdue marked), class, street, reported and due times, unit.
int list(const Arguments &args, Streams io)
{
    CaseFilter filter;
    filter.overdueOnly = args.isSet("overdue");
    filter.streetCode = args.value("street");
    if (args.isSet("state")) {
        filter.state = args.value("state");
        if (filter.state != QLatin1String("open") && !CaseLabels::states().contains(filter.state))
            throw UsageError(tr("%1 is not a state; the states are %2, or open.")
                                 .arg(filter.state, CaseLabels::states().join(QStringLiteral(" "))));
    }
    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
    if (!store->hasTable(tableOf(Layer::Cases)))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 has no cases yet (an older store: open it once for writing to upgrade it).")
                             .arg(args.at(0)));
    const auto when = [](const QDateTime &t) {
        return t.isValid()
                   ? t.toOffsetFromUtc(case_time::kOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QStringLiteral("-");
    };
    const QList<CaseSummary> cases = CaseRegister::list(*store, filter);
    for (const CaseSummary &c : cases) {
        QString state = CaseLabels::state(c.state);
        if (c.overdue)
            state = tr("%1, OVERDUE").arg(state);
        io.out << c.caseNo << QLatin1Char('\t') << state << QLatin1Char('\t') << c.classCode
               << QLatin1Char(' ') << c.className << QLatin1Char('\t')
               << (c.streetName.isEmpty() ? QStringLiteral("-") : c.streetName) << QLatin1Char('\t')
               << when(c.reportedAt) << QLatin1Char('\t') << tr("due %1").arg(when(c.dueAt))
               << QLatin1Char('\t') << (c.unitName.isEmpty() ? QStringLiteral("-") : c.unitName) << Qt::endl;
    }
    io.err << tr("%n case(s)", nullptr, int(cases.size())) << Qt::endl;
    return 0;
}

int exportCases(const Arguments &args, Streams io)
{
    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
    store->refuseOwnFile(args.at(1));
    const qint64 n = CaseExchange::exportTo(*store, args.at(1));
    io.out << tr("Exported %1 cases to %2.").arg(n).arg(args.at(1)) << Qt::endl;
    return 0;
}

int importCases(const Arguments &args, Streams io)
{
    auto store = DistrictStore::open(args.at(0));
    store->refuseOwnFile(args.at(1)); // GDAL opening the store would drop this process's locks
    const CaseExchange::Result result = CaseExchange::import(*store, args.at(1));
    for (const QString &problem : result.problems)
        io.err << problem << Qt::endl;
    if (!result.problems.isEmpty()) {
        io.err << tr("Nothing was imported: %1 problems in %2 rows.")
                      .arg(result.problems.size())
                      .arg(result.report.read)
               << Qt::endl;
        return 1;
    }
    io.out << tr("Imported %1 cases.").arg(result.report.imported) << Qt::endl;
    return 0;
}
} // namespace

QList<Command> casesCommands()
{
    return {
        {"cases list",
         "DB",
         {{"state", "S",
           QT_TRANSLATE_NOOP("uo::cli", "only cases in this state (collected accepted rejected dispatched "
                                        "handled reported verified closed), or open")},
          {"street", "CODE", QT_TRANSLATE_NOOP("uo::cli", "only cases of this street or town")},
          {"overdue", nullptr, QT_TRANSLATE_NOOP("uo::cli", "only cases past their time limit")}},
         QT_TRANSLATE_NOOP("uo::cli", "list the cases, one a line"),
         list},
        {"cases export",
         "DB FILE",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "write the cases to CSV or any GDAL vector format"),
         exportCases},
        {"cases import",
         "DB FILE",
         {},
         QT_TRANSLATE_NOOP("uo::cli",
                           "read cases from CSV or any vector file GDAL reads, checked, all or nothing"),
         importCases},
    };
}

} // namespace uo::cli
