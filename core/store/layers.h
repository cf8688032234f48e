#pragma once

#include <QList>
#include <QString>

namespace uo {

// The tables of a district store that hold map features, in drawing order (bottom first). The
// geometry column of each is `geom`, in the store CRS, with a SpatiaLite spatial index.
struct LayerInfo
{
    const char *table;
    const char *geometryType; // as SpatiaLite names it: POINT, LINESTRING, POLYGON, MULTIPOLYGON
    const char *title;        // English; translate with layerTitle()
    int sinceVersion = 1;     // the schema version that added the layer
};

const QList<LayerInfo> &mapLayers();
const LayerInfo *findLayer(const QString &table);
QString layerTitle(const LayerInfo &layer);

// Tables without geometry that `info` also counts.
const QList<const char *> &attributeTables();

} // namespace uo
