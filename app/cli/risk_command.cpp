#include "app/cli/cli_command.h"

#include "core/cases/case_time.h"
#include "core/cases/monitoring_rules.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QLocale>

namespace uo::cli {

namespace {
// `risk alerts DB [--since YYYY-MM-DD]`: the alerts the monitoring rules find in the records now, one a line.
int alerts(const Arguments &args, Streams io)
{
    QDateTime since;
    if (args.isSet("since")) {
        const QDate day = QDate::fromString(args.value("since"), Qt::ISODate);
        if (!day.isValid())
            throw UsageError(tr("--since takes a date, YYYY-MM-DD, not \"%1\".").arg(args.value("since")));
        since = QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, case_time::kOffsetSeconds);
    }
    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
    if (!store->hasTable(QStringLiteral("monitoring_rules")))
        throw StoreError(
            StoreError::Kind::Invalid,
            tr("%1 has no monitoring rules yet (an older store: open it once for writing to upgrade it).")
                .arg(args.at(0)));
    const QList<RiskAlert> alerts = RiskMonitor::evaluate(*store, since);
    const QLocale locale;
    const auto when = [](const QDateTime &t) {
        return t.toOffsetFromUtc(case_time::kOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    for (const RiskAlert &a : alerts)
        io.out << when(a.time) << QLatin1Char('\t') << a.riskCode << QLatin1Char('\t') << a.riskName
               << QLatin1Char('\t')
               << tr("%1 at %2, still %3 at %4")
                      .arg(locale.toString(a.firstValue, 'f', 1), when(a.firstTime),
                           locale.toString(a.value, 'f', 1), when(a.time))
               << Qt::endl;
    io.err << tr("%n alert(s)", nullptr, int(alerts.size())) << Qt::endl;
    return 0;
}
} // namespace

QList<Command> riskCommands()
{
    return {{"risk alerts",
             "DB",
             {{"since", "YYYY-MM-DD", QT_TRANSLATE_NOOP("uo::cli", "only alerts from this day on")}},
             QT_TRANSLATE_NOOP("uo::cli", "the alerts the monitoring rules find now, one a line"),
             alerts}};
}

} // namespace uo::cli
