#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace uo {

// Every map layer, by what it holds. Code names a layer by this and asks the registry below for its
// table, title and geometry, so that adding a layer is one entry here and one in mapLayers().
enum class Layer
{
    DistrictBoundary,
    Streets,
    GridCells,
    Roads,
    RoadSegments,
    Permits,
    Components,
    Shops,
    RiskPoints,
    Cases,
};

// The tables of a district store that hold map features, in drawing order (bottom first). The
// geometry column of each is `geom`, in the store CRS, with a SpatiaLite spatial index.
struct LayerInfo
{
    Layer layer;
    const char *table;
    const char *geometryType; // as SpatiaLite names it: POINT, LINESTRING, POLYGON, MULTIPOLYGON
    const char *title;        // English; translate with layerTitle()
    int sinceVersion = 1;     // the schema version that added the layer
};

const QList<LayerInfo> &mapLayers();
const LayerInfo *findLayer(const QString &table);
const LayerInfo &layerInfo(Layer layer);
QString layerTitle(const LayerInfo &layer);
// The store's table of a layer, for code that names it by table (styles, snapshots, SQL).
const char *tableName(Layer layer);
QString tableOf(Layer layer);
// The layer a table holds; none for a table that is not a map layer.
std::optional<Layer> layerOf(const QString &table);

// Tables without geometry that `info` also counts.
const QList<const char *> &attributeTables();

} // namespace uo
