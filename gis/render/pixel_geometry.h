#pragma once

#include "core/store/geometry_blob.h"
#include "gis/render/map_viewport.h"

#include <QList>
#include <QPainterPath>
#include <QPolygonF>

class QPainter;

namespace uo::render {

// Geometry in the store CRS turned into the viewport's pixels, simplified to within a fraction of a
// pixel: vertices that change nothing on screen cost time in every stroke and fill, and at district
// scale most of them are such.
QPolygonF toPixels(const MapViewport &viewport, const Geometry::Ring &ring);
// Every ring of every part, filled even-odd so that holes stay holes. With a `clip` rectangle (in
// pixels) each ring is first cut to it: zoomed in on a district, its boundary reaches thousands of
// screens away, and the painter would otherwise walk all of it. Keep the clip a few pixels outside the
// picture so that the cut edges, which are not the area's, never show in an outline.
QPainterPath areaPath(const MapViewport &viewport, const Geometry &geometry, const QRectF &clip = QRectF());
// Adds every ring of the geometry to `path` as a closed outline, for stroking many areas at once.
void addOutlines(QPainterPath &path, const MapViewport &viewport, const Geometry &geometry);
// Strokes a polyline as overlapping pieces of a few vertices each, which looks the same with a
// round- or flat-capped pen of a few pixels. The painter's cost of a wide stroke grows with the area
// the whole line spans: a road crossing the district in one stroke costs many times its pieces, and
// the pieces that lie off `picture` (by more than the pen's width) need not be stroked at all.
void drawPolylineInPieces(QPainter &painter, const QPolygonF &line, const QRectF &picture);
// One polyline per line or ring of the geometry.
QList<QPolygonF> linePaths(const MapViewport &viewport, const Geometry &geometry);
// The same polylines as one open path, for a highlight drawn with one stroke.
QPainterPath linePath(const MapViewport &viewport, const Geometry &geometry);

} // namespace uo::render
