#include "gis/map_snapshot/map_snapshot.h"

#include "core/store/district_store.h"
#include "core/store/feature_geometries.h"
#include "core/store/layers.h"

#include <algorithm>
#include <limits>

namespace uo {

QHash<QString, qint64> MapSnapshot::readVersions(DistrictStore &store)
{
    return feature_geometries::layerVersions(store);
}

std::shared_ptr<const MapSnapshot> MapSnapshot::load(DistrictStore &store)
{
    return reloadChanged(nullptr, store);
}

std::shared_ptr<const MapSnapshot>
MapSnapshot::reloadChanged(const std::shared_ptr<const MapSnapshot> &previous, DistrictStore &store)
{
    // The counters are read before the features: a change committed in between leaves the new copy
    // marked older than it is, so it is read once more next time, never kept when stale.
    const QHash<QString, qint64> versions = readVersions(store);
    const auto current = [&](const QString &table) {
        return previous && !versions.isEmpty() && versions.value(table, -1) == previous->version(table);
    };
    bool changed = !previous;
    auto next = std::make_shared<MapSnapshot>();
    next->m_srid = store.srid();
    for (const LayerInfo &layer : mapLayers()) {
        const QString table = QString::fromLatin1(layer.table);
        if (!store.hasTable(table))
            continue; // a store from a version without this layer
        if (layer.layer == Layer::Components) {
            if (current(table)) {
                next->m_components = previous->m_components;
            } else {
                next->m_components = ComponentPoints::load(store);
                changed = true;
            }
        } else if (current(table)) {
            next->m_layers.insert(table, previous->m_layers.value(table));
        } else {
            next->m_layers.insert(table, LayerFeatures::load(store, layer, versions.value(table, -1)));
            changed = true;
        }
    }
    for (Basemap basemap : Basemaps::list(store)) {
        basemap.source = Basemaps::resolvedSource(basemap, store.path());
        next->m_basemaps.append(basemap);
    }
    if (!changed && (!previous || next->m_basemaps == previous->m_basemaps))
        return previous;
    if (!changed) {
        // Only the basemaps changed: the layers are shared as they are.
        next->m_extent = previous->m_extent;
        next->m_empty = previous->m_empty;
        return next;
    }
    next->computeExtent();
    return next;
}

QStringList MapSnapshot::changedLayers(DistrictStore &store) const
{
    const QHash<QString, qint64> versions = readVersions(store);
    QStringList changed;
    for (const LayerInfo &layer : mapLayers()) {
        const QString table = QString::fromLatin1(layer.table);
        if (versions.isEmpty() || versions.value(table, -1) != version(table))
            changed.append(table);
    }
    return changed;
}

qint64 MapSnapshot::version(const QString &table) const
{
    if (layerOf(table) == Layer::Components)
        return m_components ? m_components->version() : -1;
    const LayerFeatures *features = layer(table);
    return features ? features->version() : -1;
}

qint64 MapSnapshot::featureCount(const QString &table) const
{
    if (layerOf(table) == Layer::Components)
        return m_components ? m_components->size() : 0;
    const LayerFeatures *features = layer(table);
    return features ? features->size() : 0;
}

void MapSnapshot::computeExtent()
{
    // Not QRectF::united: it drops the zero-size bounds of a layer holding a single point.
    double x0 = std::numeric_limits<double>::max(), y0 = x0;
    double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
    const auto add = [&](const QRectF &r) {
        x0 = std::min(x0, r.left());
        y0 = std::min(y0, r.top());
        x1 = std::max(x1, r.right());
        y1 = std::max(y1, r.bottom());
    };
    if (m_components && m_components->size() > 0)
        add(m_components->extent());
    for (const auto &features : std::as_const(m_layers))
        if (features->size() > 0)
            add(features->extent());
    m_empty = x0 > x1;
    m_extent = m_empty ? QRectF() : QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace uo
