#include "app/cli/cli_command.h"

#include "core/store/district_store.h"
#include "gis/io/layer_export.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace uo::cli {

namespace {
int exportLayer(const Arguments &args, Streams io)
{
    LayerExport::Options options;
    options.targetEpsg = args.intValue("crs", options.targetEpsg, 1);
    options.where = args.value("where");
    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
    QElapsedTimer clock;
    clock.start();
    const qint64 n = LayerExport::run(*store, args.at(1), args.at(2), options);
    io.out << tr("Wrote %1 features of %2 to %3 in %4 ms.")
                  .arg(n)
                  .arg(args.at(1), args.at(2))
                  .arg(clock.elapsed())
           << Qt::endl;
    return 0;
}
} // namespace

QList<Command> exportCommands()
{
    return {
        {"export",
         "DB LAYER FILE",
         {{"crs", "EPSG", QT_TRANSLATE_NOOP("uo::cli", "write the coordinates in this coordinate system")},
          {"where", "SQL", QT_TRANSLATE_NOOP("uo::cli", "only the features this condition selects")}},
         QT_TRANSLATE_NOOP("uo::cli", "write a layer for other GIS (.gpkg .shp .geojson .kml .csv .dxf)"),
         exportLayer}};
}

} // namespace uo::cli
