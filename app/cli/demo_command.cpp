#include "app/cli/cli_command.h"

#include "gis/demo/demo_builder.h"

#include <QCoreApplication>

namespace uo::cli {

namespace {
int create(const Arguments &args, Streams io)
{
    const QString path = args.at(0);
    demo::DemoOptions options;
    options.scale = args.doubleValue("scale", options.scale);
    options.seed = quint64(args.int64Value("seed", qint64(options.seed)));
    options.segmented = !args.isSet("unsegmented");
    io.out << tr("Building the demo Jiangbei district at scale %1 with seed %2 ...")
                  .arg(options.scale)
                  .arg(options.seed)
           << Qt::endl;
    const demo::DemoSummary s =
        demo::DemoBuilder::build(path, options, [&io](const QString &part, qint64 count, qint64 ms) {
            io.out << QStringLiteral("  %1 ms  ").arg(ms, 7) << part;
            if (count > 0)
                io.out << QStringLiteral(" (%1)").arg(count);
            io.out << Qt::endl;
        });
    io.out << tr("Done in %1 ms: %2").arg(s.totalMs).arg(path) << Qt::endl;
    io.out << tr("  built-up area %1 km², %2 roads (%3 km), %4 segments, %5 grid cells")
                  .arg(s.builtUpKm2, 0, 'f', 1)
                  .arg(s.roads)
                  .arg(s.roadKm, 0, 'f', 1)
                  .arg(s.segments)
                  .arg(s.gridCells)
           << Qt::endl;
    io.out
        << tr("  %1 components, %2 risk points with %3 records, %4 shops, %5 permits, %6 entities, %7 people")
               .arg(s.components)
               .arg(s.riskPoints)
               .arg(s.riskRecords)
               .arg(s.shops)
               .arg(s.permits)
               .arg(s.entities)
               .arg(s.people)
        << Qt::endl;
    io.out << tr("  %1 cases in the year (%2 still open), %3 risk alerts found by the monitoring rules")
                  .arg(s.cases)
                  .arg(s.openCases)
                  .arg(s.riskAlerts)
           << Qt::endl;
    return 0;
}
} // namespace

QList<Command> demoCommands()
{
    return {{"demo create",
             "PATH",
             {{"scale", "F",
               QT_TRANSLATE_NOOP("uo::cli",
                                 "how many components, risk points, shops and permits (1 = Jiangbei)")},
              {"seed", "N", QT_TRANSLATE_NOOP("uo::cli", "the same seed always gives the same district")},
              {"unsegmented", nullptr, QT_TRANSLATE_NOOP("uo::cli", "leave the roads without segments")}},
             QT_TRANSLATE_NOOP("uo::cli", "build a demo district"),
             create}};
}

} // namespace uo::cli
