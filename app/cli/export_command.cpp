#include "app/cli/cli_command.h"

#include "gis/io/layer_export.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace uo::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::cli", text);
}
} // namespace

int exportCommand(const QStringList &args, Streams io)
{
    if (args.size() < 3) {
        io.err << tr("usage: urbanops-cli export DB LAYER FILE.gpkg|.shp|.geojson|.kml|.csv|.dxf [--crs EPSG] [--where SQL]")
               << Qt::endl;
        return 2;
    }
    LayerExport::Options options;
    for (qsizetype i = 3; i + 1 < args.size(); i += 2) {
        bool ok = true;
        if (args[i] == QLatin1String("--crs"))
            options.targetEpsg = args[i + 1].toInt(&ok);
        else if (args[i] == QLatin1String("--where"))
            options.where = args[i + 1];
        else
            ok = false;
        if (!ok) {
            io.err << tr("export: cannot use the argument \"%1\".").arg(args[i]) << Qt::endl;
            return 2;
        }
    }
    if ((args.size() - 3) % 2 != 0) {
        io.err << tr("export: \"%1\" needs a value.").arg(args.last()) << Qt::endl;
        return 2;
    }
    try {
        auto store = DistrictStore::open(args[0], DistrictStore::Access::ReadOnly);
        QElapsedTimer clock;
        clock.start();
        const qint64 n = LayerExport::run(*store, args[1], args[2], options);
        io.out << tr("Wrote %1 features of %2 to %3 in %4 ms.").arg(n).arg(args[1], args[2]).arg(clock.elapsed()) << Qt::endl;
        return 0;
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 1;
    }
}

} // namespace uo::cli
