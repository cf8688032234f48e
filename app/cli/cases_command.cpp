#include "app/cli/cli_command.h"

#include "core/cases/case_labels.h"
#include "core/cases/case_register.h"
#include "core/cases/case_time.h"
#include "gis/io/case_exchange.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>

namespace uo::cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("uo::cli", text, disambiguation, n);
}

int usage(Streams io)
{
    io.err << tr("usage: urbanops-cli cases list DB [--state S] [--street CODE] [--overdue]\n"
                 "       urbanops-cli cases import|export DB FILE   (CSV or any vector file GDAL reads)\n"
                 "  states: collected accepted rejected dispatched handled reported verified closed, or open")
           << Qt::endl;
    return 2;
}

// One case a line: number, state (overdue marked), class, street, reported and due times, unit.
int list(const QStringList &args, Streams io)
{
    CaseFilter filter;
    for (int i = 2; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--overdue")) {
            filter.overdueOnly = true;
        } else if (a == QLatin1String("--state") && i + 1 < args.size()) {
            filter.state = args[++i];
            if (filter.state != QLatin1String("open") && !CaseLabels::states().contains(filter.state)) {
                io.err << tr("cases list: %1 is not a state.").arg(filter.state) << Qt::endl;
                return usage(io);
            }
        } else if (a == QLatin1String("--street") && i + 1 < args.size()) {
            filter.streetCode = args[++i];
        } else {
            return usage(io);
        }
    }
    auto store = DistrictStore::open(args[1], DistrictStore::Access::ReadOnly);
    if (!store->hasTable(QStringLiteral("cases"))) {
        io.err << tr("%1 has no cases yet (an older store: open it once for writing to upgrade it).").arg(args[1])
               << Qt::endl;
        return 1;
    }
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? t.toOffsetFromUtc(case_time::kOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           : QStringLiteral("-");
    };
    const QList<CaseSummary> cases = CaseRegister::list(store->db(), filter);
    for (const CaseSummary &c : cases) {
        QString state = CaseLabels::state(c.state);
        if (c.overdue)
            state = tr("%1, OVERDUE").arg(state);
        io.out << c.caseNo << QLatin1Char('\t') << state << QLatin1Char('\t') << c.classCode << QLatin1Char(' ')
               << c.className << QLatin1Char('\t') << (c.streetName.isEmpty() ? QStringLiteral("-") : c.streetName)
               << QLatin1Char('\t') << when(c.reportedAt) << QLatin1Char('\t') << tr("due %1").arg(when(c.dueAt))
               << QLatin1Char('\t') << (c.unitName.isEmpty() ? QStringLiteral("-") : c.unitName) << Qt::endl;
    }
    io.err << tr("%n case(s)", nullptr, int(cases.size())) << Qt::endl;
    return 0;
}
} // namespace

int casesCommand(const QStringList &args, Streams io)
{
    const QString verb = args.value(0);
    try {
        if (verb == QLatin1String("list") && args.size() >= 2)
            return list(args, io);
        if (verb == QLatin1String("export") && args.size() == 3) {
            auto store = DistrictStore::open(args[1], DistrictStore::Access::ReadOnly);
            const qint64 n = CaseExchange::exportTo(*store, args[2]);
            io.out << tr("Exported %1 cases to %2.").arg(n).arg(args[2]) << Qt::endl;
            return 0;
        }
        if (verb == QLatin1String("import") && args.size() == 3) {
            auto store = DistrictStore::open(args[1]);
            const CaseExchange::Result result = CaseExchange::import(*store, args[2]);
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
        return usage(io);
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 1;
    }
}

} // namespace uo::cli
