#include "app/cli/cli_command.h"

#include "gis/demo/demo_builder.h"
#include "core/store/store_error.h"

#include <QCoreApplication>

namespace uo::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::cli", text);
}
} // namespace

int demoCommand(const QStringList &args, Streams io)
{
    if (args.value(0) != QLatin1String("create") || args.size() < 2) {
        io.err << tr("usage: urbanops-cli demo create PATH [--scale F] [--seed N] [--unsegmented]") << Qt::endl;
        return 2;
    }
    const QString path = args[1];
    demo::DemoOptions options;
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString &arg = args[i];
        bool ok = true;
        if (arg == QLatin1String("--scale") && i + 1 < args.size())
            options.scale = args[++i].toDouble(&ok);
        else if (arg == QLatin1String("--seed") && i + 1 < args.size())
            options.seed = args[++i].toULongLong(&ok);
        else if (arg == QLatin1String("--unsegmented"))
            options.segmented = false;
        else
            ok = false;
        if (!ok) {
            io.err << tr("demo create: cannot use the argument \"%1\".").arg(arg) << Qt::endl;
            return 2;
        }
    }
    try {
        io.out << tr("Building the demo Jiangbei district at scale %1 with seed %2 ...").arg(options.scale).arg(options.seed)
               << Qt::endl;
        const demo::DemoSummary s = demo::DemoBuilder::build(path, options, [&io](const QString &part, qint64 count, qint64 ms) {
            io.out << QStringLiteral("  %1 ms  ").arg(ms, 7) << part;
            if (count > 0)
                io.out << QStringLiteral(" (%1)").arg(count);
            io.out << Qt::endl;
        });
        io.out << tr("Done in %1 ms: %2").arg(s.totalMs).arg(path) << Qt::endl;
        io.out << tr("  built-up area %1 km², %2 roads (%3 km), %4 segments, %5 grid cells")
                      .arg(s.builtUpKm2, 0, 'f', 1).arg(s.roads).arg(s.roadKm, 0, 'f', 1).arg(s.segments).arg(s.gridCells)
               << Qt::endl;
        io.out << tr("  %1 components, %2 risk points with %3 records, %4 shops, %5 permits, %6 entities, %7 people")
                      .arg(s.components).arg(s.riskPoints).arg(s.riskRecords).arg(s.shops).arg(s.permits)
                      .arg(s.entities).arg(s.people)
               << Qt::endl;
        return 0;
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 1;
    }
}

} // namespace uo::cli
