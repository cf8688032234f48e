#pragma once

#include "core/store/geometry_blob.h"

#include <QRectF>
#include <QString>

namespace uo {

// One feature of a map layer as the renderer and identify need it, decoded once when the district is
// loaded: nothing about it is read from the store while the map is drawn.
struct MapFeature
{
    qint64 id = 0;
    QRectF bounds;     // of the geometry, in the store CRS
    Geometry geometry; // in the store CRS
    // The attribute the layer's style keys on: road grade, risk level, permit status, boundary kind;
    // empty for layers drawn alike.
    QString kind;
    // Road segments: the segment's place along its road, counted over the whole road so that
    // neighbouring segments alternate colours however the map is panned. 0 elsewhere.
    int ordinal = 0;
    QString label; // the feature's name (road and segment names are drawn at large scales)
};

} // namespace uo
