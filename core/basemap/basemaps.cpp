#include "core/basemap/basemaps.h"
#include "core/error/error.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace uo {

namespace {
bool isUrl(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

const char *const kKinds[] = {"raster", "mbtiles", "gpkg", "xyz", "wmts"};
} // namespace

bool Basemap::isNetwork() const
{
    return kind == QLatin1String("xyz") || kind == QLatin1String("wmts");
}

QString Basemaps::kindOf(const QString &source)
{
    const QString s = source.trimmed();
    if (s.isEmpty())
        return {};
    if (s.startsWith(QLatin1String("WMTS:"), Qt::CaseInsensitive))
        return QStringLiteral("wmts");
    if (isUrl(s)) {
        // A template names the tile it wants; a WMTS is found through its capabilities.
        if (s.contains(QLatin1String("{z}")) || s.contains(QLatin1String("${z}")))
            return QStringLiteral("xyz");
        if (s.contains(QLatin1String("wmts"), Qt::CaseInsensitive))
            return QStringLiteral("wmts");
        return {};
    }
    const QString suffix = QFileInfo(s).suffix().toLower();
    if (suffix == QLatin1String("mbtiles"))
        return QStringLiteral("mbtiles");
    if (suffix == QLatin1String("gpkg"))
        return QStringLiteral("gpkg");
    return QStringLiteral("raster");
}

QString Basemaps::kindName(const QString &kind)
{
    if (kind == QLatin1String("raster"))
        return tr("raster file");
    if (kind == QLatin1String("mbtiles"))
        return tr("MBTiles tiles");
    if (kind == QLatin1String("gpkg"))
        return tr("GeoPackage tiles");
    if (kind == QLatin1String("xyz"))
        return tr("XYZ tile service");
    if (kind == QLatin1String("wmts"))
        return tr("WMTS tile service");
    return kind;
}

QList<Basemap> Basemaps::list(DistrictStore &store)
{
    QList<Basemap> basemaps;
    if (!store.hasTable(QStringLiteral("basemaps")))
        return basemaps;
    auto st = store.db().prepare("SELECT id, name, source, kind, opacity, visible_default, draw_order "
                                 "FROM basemaps ORDER BY draw_order, id");
    while (st.step())
        basemaps.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.real(4), st.int64(5) != 0,
                         int(st.int64(6))});
    return basemaps;
}

qint64 Basemaps::add(DistrictStore &store, Basemap basemap)
{
    if (basemap.kind.isEmpty())
        basemap.kind = kindOf(basemap.source);
    if (std::find_if(std::begin(kKinds), std::end(kKinds),
                     [&](const char *k) { return basemap.kind == QLatin1String(k); }) == std::end(kKinds))
        throw RequestError(tr("\"%1\" is neither a raster file, a tile file nor a tile service (an XYZ "
                              "template with {z}, {x} and {y}, or a WMTS).")
                               .arg(basemap.source));
    if (!(basemap.opacity >= 0.0 && basemap.opacity <= 1.0))
        throw RequestError(tr("A basemap's opacity is between 0 and 1, not %1.").arg(basemap.opacity));
    if (!store.hasTable(QStringLiteral("basemaps")))
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("%1 is of an older version and opened read-only: it has no basemaps yet.")
                             .arg(QDir::toNativeSeparators(store.path())));
    if (basemap.name.trimmed().isEmpty())
        basemap.name = isUrl(basemap.source) ? basemap.source.section(QLatin1Char('/'), 2, 2)
                                             : QFileInfo(basemap.source).completeBaseName();
    if (basemap.order == 0) {
        auto st = store.db().prepare("SELECT COALESCE(MAX(draw_order), 0) + 1 FROM basemaps");
        st.step();
        basemap.order = int(st.int64(0));
    }
    return store.insertRow(
        QStringLiteral("basemaps"),
        {{QStringLiteral("name"), basemap.name.trimmed()},
         {QStringLiteral("source"), storedSource(basemap.source, basemap.kind, store.path())},
         {QStringLiteral("kind"), basemap.kind},
         {QStringLiteral("opacity"), basemap.opacity},
         {QStringLiteral("visible_default"), basemap.visibleByDefault ? 1 : 0},
         {QStringLiteral("draw_order"), basemap.order}});
}

void Basemaps::remove(DistrictStore &store, qint64 id)
{
    store.deleteRow(QStringLiteral("basemaps"), id);
}

void Basemaps::setOpacity(DistrictStore &store, qint64 id, double opacity)
{
    if (!(opacity >= 0.0 && opacity <= 1.0))
        throw RequestError(tr("A basemap's opacity is between 0 and 1, not %1.").arg(opacity));
    store.updateRow(QStringLiteral("basemaps"), id, {{QStringLiteral("opacity"), opacity}});
}

QString Basemaps::storedSource(const QString &source, const QString &kind, const QString &storePath)
{
    if (kind == QLatin1String("xyz") || kind == QLatin1String("wmts"))
        return source.trimmed();
    const QString absolute = QFileInfo(source.trimmed()).absoluteFilePath();
    const QDir folder = QFileInfo(storePath).absoluteDir();
    const QString relative = folder.relativeFilePath(absolute);
    return relative.startsWith(QLatin1String("..")) ? absolute : relative;
}

QString Basemaps::resolvedSource(const Basemap &basemap, const QString &storePath)
{
    if (basemap.isNetwork() || QFileInfo(basemap.source).isAbsolute())
        return basemap.source;
    return QFileInfo(storePath).absoluteDir().absoluteFilePath(basemap.source);
}

} // namespace uo
