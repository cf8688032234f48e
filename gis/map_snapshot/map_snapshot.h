#pragma once

#include "core/basemap/basemaps.h"
#include "core/store/component_points.h"
#include "gis/map_snapshot/layer_features.h"

#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <memory>

namespace uo {

class DistrictStore;

// The map of one district in memory, as it was when read: every component as a ComponentPoints point,
// every other map layer's features decoded once. Render jobs and identify read it from any thread
// through a std::shared_ptr<const MapSnapshot>; nothing in it changes and nothing in it reaches the
// store, so drawing needs neither a connection nor a lock. After an edit, reloadChanged() makes a new
// snapshot that shares every layer whose change counter (layer_versions) has not moved.
class MapSnapshot
{
public:
    static std::shared_ptr<const MapSnapshot> load(DistrictStore &store);
    // A snapshot of `store` now: the layers of `previous` that are still current are shared, the others
    // read again. Returns `previous` itself when nothing changed.
    static std::shared_ptr<const MapSnapshot>
    reloadChanged(const std::shared_ptr<const MapSnapshot> &previous, DistrictStore &store);

    // Map layer tables whose copy here is older than the store's. A store without change counters
    // (schema before version 3, opened read-only) cannot say, so every layer counts as changed.
    QStringList changedLayers(DistrictStore &store) const;

    int srid() const { return m_srid; }
    // Null only for a store without a components table; never null from load().
    const ComponentPoints *components() const { return m_components.get(); }
    // The features of a map layer other than components; null for a table that is not one.
    const LayerFeatures *layer(const QString &table) const { return m_layers.value(table).get(); }
    // The layer's layer_versions value when read; -1 when the store keeps none.
    qint64 version(const QString &table) const;
    // The district's basemaps in drawing order, their file sources resolved against the store's folder
    // so that any thread can open them. Read again with every snapshot: a handful of rows.
    const QList<Basemap> &basemaps() const { return m_basemaps; }
    // Bounds of every feature of every layer; isEmpty() tells a store without features.
    QRectF extent() const { return m_extent; }
    bool isEmpty() const { return m_empty; }
    // Features per map layer table (components counted from their points).
    qint64 featureCount(const QString &table) const;

private:
    static QHash<QString, qint64> readVersions(DistrictStore &store);
    void computeExtent();

    int m_srid = 0;
    std::shared_ptr<const ComponentPoints> m_components;
    QHash<QString, std::shared_ptr<const LayerFeatures>> m_layers;
    QList<Basemap> m_basemaps;
    QRectF m_extent;
    bool m_empty = true;
};

} // namespace uo
