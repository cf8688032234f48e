#pragma once

#include "core/store/geometry_blob.h"

#include <QHash>
#include <QList>
#include <QPoint>
#include <QRectF>

namespace uo {

// Planar distances between the store's geometries (points, lines, polygons and their multi forms, in
// the store CRS), for the permit checks: what lies within a few metres of a dug area. Zero when they
// touch, cross or one lies inside the other (holes count as outside), as SpatiaLite's ST_Distance
// says; exact to rounding, so that a feature exactly at the limit is within it in both.
namespace geometry_distance {

double distance(const Geometry &a, const Geometry &b);
// Whether a and b are no more than `limit` apart. Only the edges that come within `limit` of the
// other's bounds are measured, so a dug area against a road of a thousand vertices costs a few pairs.
bool within(const Geometry &a, const Geometry &b, double limit);
// The same with the bounds known (kept beside many features, to skip working them out each time).
bool within(const Geometry &a, const QRectF &aBounds, const Geometry &b, const QRectF &bBounds, double limit);
// The gap between two rectangles (0 when they overlap), for a first cut before distance().
double boundsGap(const QRectF &a, const QRectF &b);
// Where along a → b the point nearest `p` lies, from 0 (at a) to 1 (at b); 0 for a segment of no length.
// Snapping and measuring along a road find the foot of `p` with it.
double segmentFraction(QPointF p, QPointF a, QPointF b);
// Whether `p` lies inside an area of `g` (a polygon or multipolygon; holes are outside).
bool contains(const Geometry &g, QPointF p);
// Whether `p` lies inside one polygon given as its rings (even-odd: inside a hole is outside).
bool partContains(const Geometry::Part &polygon, QPointF p);

} // namespace geometry_distance

// Rectangles of many features in square cells of a fixed size, to find those near a rectangle without
// looking at every one: the register checks 10,000 permits against each other and the risk points.
class BoundsGrid
{
public:
    explicit BoundsGrid(double cellSize) : m_cell(cellSize) {}

    // Items are numbered from 0 up, each inserted once.
    void insert(int item, const QRectF &bounds);
    // Items whose rectangle may come within `margin` of `bounds`, each once, in no particular order.
    QList<int> near(const QRectF &bounds, double margin) const;

private:
    qint64 key(int column, int row) const { return (qint64(column) << 32) ^ quint32(row); }

    double m_cell;
    QHash<qint64, QList<int>> m_cells;
    QList<QPoint> m_firstCell; // of each item: its lowest column and row
};

} // namespace uo
