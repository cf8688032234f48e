#include "app/cli/cli_command.h"

#include "gis/basemap/basemap_raster.h"
#include "core/basemap/basemaps.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace uo::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::cli", text);
}

int usage(Streams io)
{
    io.err << tr("usage: urbanops-cli basemap add DB SOURCE [--name NAME] [--opacity 0..1] [--hidden] | "
                 "basemap list DB")
           << Qt::endl;
    return 2;
}

int add(const QStringList &args, Streams io)
{
    Basemap basemap;
    basemap.source = args[1];
    for (qsizetype i = 2; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--hidden")) {
            basemap.visibleByDefault = false;
            continue;
        }
        if (i + 1 >= args.size()) {
            io.err << tr("basemap: \"%1\" needs a value.").arg(args[i]) << Qt::endl;
            return 2;
        }
        if (args[i] == QLatin1String("--name"))
            basemap.name = args[++i];
        else if (args[i] == QLatin1String("--opacity"))
            basemap.opacity = args[++i].toDouble(&ok);
        else
            ok = false;
        if (!ok) {
            io.err << tr("basemap: cannot use the argument \"%1\".").arg(args[i]) << Qt::endl;
            return 2;
        }
    }
    basemap.kind = Basemaps::kindOf(basemap.source);
    try {
        auto store = DistrictStore::open(args[0]);
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
            io.out
                << tr("  Not reachable now (%1); its tiles are drawn once the network is there.").arg(error)
                << Qt::endl;
        }
        return 0;
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 1;
    }
}

int list(const QStringList &args, Streams io)
{
    try {
        auto store = DistrictStore::open(args[0], DistrictStore::Access::ReadOnly);
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
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 1;
    }
}
} // namespace

int basemapCommand(const QStringList &args, Streams io)
{
    if (args.size() >= 3 && args[0] == QLatin1String("add"))
        return add(args.mid(1), io);
    if (args.size() == 2 && args[0] == QLatin1String("list"))
        return list(args.mid(1), io);
    return usage(io);
}

} // namespace uo::cli
