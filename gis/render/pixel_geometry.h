#pragma once

#include "map_viewport.h"
#include "store/geometry_blob.h"

#include <QList>
#include <QPainterPath>
#include <QPolygonF>

namespace uo::render {

// Geometry in the store CRS turned into the viewport's pixels. Vertices closer than a fraction of a
// pixel to the one before are left out: they change nothing on screen and cost time on large rings.
QPolygonF toPixels(const MapViewport &viewport, const Geometry::Ring &ring);
// Every ring of every part, filled even-odd so that holes stay holes.
QPainterPath areaPath(const MapViewport &viewport, const Geometry &geometry);
// One polyline per line or ring of the geometry.
QList<QPolygonF> linePaths(const MapViewport &viewport, const Geometry &geometry);

} // namespace uo::render
