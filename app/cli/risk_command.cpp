#include "app/cli/cli_command.h"

#include "core/cases/case_time.h"
#include "core/cases/monitoring_rules.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QLocale>

namespace uo::cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("uo::cli", text, disambiguation, n);
}

int usage(Streams io)
{
    io.err << tr("usage: urbanops-cli risk alerts DB [--since YYYY-MM-DD]   the alerts the monitoring rules find now")
           << Qt::endl;
    return 2;
}
} // namespace

int riskCommand(const QStringList &args, Streams io)
{
    if (args.value(0) != QLatin1String("alerts") || (args.size() != 2 && args.size() != 4))
        return usage(io);
    QDateTime since;
    if (args.size() == 4) {
        const QDate day = QDate::fromString(args[3], Qt::ISODate);
        if (args[2] != QLatin1String("--since") || !day.isValid())
            return usage(io);
        since = QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, case_time::kOffsetSeconds);
    }
    try {
        auto store = DistrictStore::open(args[1], DistrictStore::Access::ReadOnly);
        if (!store->hasTable(QStringLiteral("monitoring_rules"))) {
            io.err << tr("%1 has no monitoring rules yet (an older store: open it once for writing to upgrade it).")
                          .arg(args[1])
                   << Qt::endl;
            return 1;
        }
        const QList<RiskAlert> alerts = RiskMonitor::evaluate(store->db(), since);
        const QLocale locale;
        const auto when = [](const QDateTime &t) {
            return t.toOffsetFromUtc(case_time::kOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        for (const RiskAlert &a : alerts)
            io.out << when(a.time) << QLatin1Char('\t') << a.riskCode << QLatin1Char('\t') << a.riskName << QLatin1Char('\t')
                   << tr("%1 at %2, still %3 at %4").arg(locale.toString(a.firstValue, 'f', 1), when(a.firstTime),
                                                         locale.toString(a.value, 'f', 1), when(a.time))
                   << Qt::endl;
        io.err << tr("%n alert(s)", nullptr, int(alerts.size())) << Qt::endl;
        return 0;
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 1;
    }
}

} // namespace uo::cli
