#include "app/cli/cli_command.h"

#include "core/basemap/basemaps.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/basemap/basemap_raster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace uo::cli {

namespace {
int add(const Arguments &args, Streams io)
{
    Basemap basemap;
    basemap.source = args.at(1);
    basemap.visibleByDefault = !args.isSet("hidden");
    basemap.name = args.value("name", basemap.name);
    basemap.opacity = args.doubleValue("opacity", basemap.opacity);
    if (basemap.opacity < 0 || basemap.opacity > 1)
        throw UsageError(tr("--opacity takes a number from 0 to 1."));
    basemap.kind = Basemaps::kindOf(basemap.source);
    auto store = DistrictStore::open(args.at(0));
    store->refuseOwnFile(basemap.source); // GDAL opening the store would drop this process's locks
    // A file must be readable and placed on the earth now; a service may be out of reach today and
    // still be wanted when the network is there.
    BasemapRaster::Info info;
    QString error;
    Basemap probe = basemap;
    if (!basemap.isNetwork())
        probe.source = QFileInfo(basemap.source).absoluteFilePath();
    const bool readable =
        !basemap.kind.isEmpty() && BasemapRaster::inspect(probe, store->srid(), &info, &error);
    if (!readable && !basemap.isNetwork()) {
        io.err << (error.isEmpty() ? tr("basemap: \"%1\" is not a raster, a tile file or a tile service.")
                                         .arg(basemap.source)
                                   : error)
               << Qt::endl;
        return 1;
    }
    const qint64 id = Basemaps::add(*store, basemap);
    io.out << tr("Added basemap %1 (%2).").arg(id).arg(Basemaps::kindName(basemap.kind)) << Qt::endl;
    if (readable) {
        io.out << tr("  %1, %2 × %3 pixels, %4 band(s), %5 overview(s), %6")
                      .arg(info.driver)
                      .arg(info.size.width())
                      .arg(info.size.height())
                      .arg(info.bands)
                      .arg(info.overviews)
                      .arg(info.crs)
               << Qt::endl;
    } else {
        io.out << tr("  Not reachable now (%1); its tiles are drawn once the network is there.").arg(error)
               << Qt::endl;
    }
    return 0;
}

int list(const Arguments &args, Streams io)
{
    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
    const QList<Basemap> basemaps = Basemaps::list(*store);
    if (basemaps.isEmpty()) {
        io.out << tr("The district has no basemap.") << Qt::endl;
        return 0;
    }
    const QLocale locale;
    for (const Basemap &b : basemaps)
        io.out << tr("%1\t%2\t%3\topacity %4\t%5\t%6")
                      .arg(b.id)
                      .arg(b.name, Basemaps::kindName(b.kind), locale.toString(b.opacity, 'f', 2),
                           b.visibleByDefault ? tr("shown") : tr("hidden"), b.source)
               << Qt::endl;
    return 0;
}
} // namespace

QList<Command> basemapCommands()
{
    return {
        {"basemap add",
         "DB SOURCE",
         {{"name", "NAME",
           QT_TRANSLATE_NOOP("uo::cli", "the name in the layer list (the file's by default)")},
          {"opacity", "F", QT_TRANSLATE_NOOP("uo::cli", "from 0 (invisible) to 1 (opaque)")},
          {"hidden", nullptr, QT_TRANSLATE_NOOP("uo::cli", "not shown until someone ticks it")}},
         QT_TRANSLATE_NOOP("uo::cli", "put a raster, tiles or a tile service under the map"),
         add},
        {"basemap list", "DB", {}, QT_TRANSLATE_NOOP("uo::cli", "the district's basemaps"), list},
    };
}

} // namespace uo::cli
