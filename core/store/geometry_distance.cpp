#include "core/store/geometry_distance.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace uo {

namespace geometry_distance {

double boundsGap(const QRectF &a, const QRectF &b)
{
    const double dx = std::max({0.0, a.left() - b.right(), b.left() - a.right()});
    const double dy = std::max({0.0, a.top() - b.bottom(), b.top() - a.bottom()});
    return std::hypot(dx, dy);
}

namespace {

// Whether two rectangles come within `limit` of each other, without a square root: the test made for
// every edge of a long road against a dug area.
bool boxesWithin(const QRectF &a, const QRectF &b, double limit)
{
    const double dx = std::max({0.0, a.left() - b.right(), b.left() - a.right()});
    const double dy = std::max({0.0, a.top() - b.bottom(), b.top() - a.bottom()});
    return dx * dx + dy * dy <= limit * limit;
}

double pointSegment(QPointF p, QPointF a, QPointF b)
{
    const double t = segmentFraction(p, a, b);
    return std::hypot(p.x() - (a.x() + t * (b.x() - a.x())), p.y() - (a.y() + t * (b.y() - a.y())));
}

// The sign of the turn a → b → c: > 0 left, < 0 right, 0 straight.
double turn(QPointF a, QPointF b, QPointF c)
{
    return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
}

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    const double d1 = turn(c, d, a), d2 = turn(c, d, b), d3 = turn(a, b, c), d4 = turn(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

double segmentSegment(QPointF a, QPointF b, QPointF c, QPointF d)
{
    if (segmentsCross(a, b, c, d))
        return 0.0;
    // Touching and collinear overlaps give 0 here too: an end lies on the other segment.
    return std::min(
        {pointSegment(a, c, d), pointSegment(b, c, d), pointSegment(c, a, b), pointSegment(d, a, b)});
}

bool isArea(const Geometry &g)
{
    return g.type == Geometry::Polygon || g.type == Geometry::MultiPolygon;
}

// Every edge of g (a point is an edge of no length), to `visit(a, b)`.
template <typename Visit> void forEachEdge(const Geometry &g, Visit &&visit)
{
    for (const Geometry::Part &part : g.parts)
        for (const Geometry::Ring &ring : part) {
            if (ring.size() == 1)
                visit(ring.first(), ring.first());
            for (qsizetype i = 1; i < ring.size(); ++i)
                visit(ring.at(i - 1), ring.at(i));
        }
}

struct Edge
{
    QPointF from, to;
    QRectF box;
};

using Edges = QVarLengthArray<Edge, 32>;

// The edges of g (a point is an edge of no length) whose box comes within `limit` of `bounds`.
Edges nearEdges(const Geometry &g, const QRectF &bounds, double limit)
{
    Edges edges;
    forEachEdge(g, [&](QPointF p, QPointF q) {
        const QRectF box(QPointF(std::min(p.x(), q.x()), std::min(p.y(), q.y())),
                         QPointF(std::max(p.x(), q.x()), std::max(p.y(), q.y())));
        if (boxesWithin(box, bounds, limit))
            edges.append({p, q, box});
    });
    return edges;
}

// Whether any vertex of `inner` lies in an area of `outer`.
bool anyVertexInside(const Geometry &inner, const Geometry &outer)
{
    if (!isArea(outer))
        return false;
    for (const Geometry::Part &part : inner.parts)
        for (const Geometry::Ring &ring : part)
            if (!ring.isEmpty() && contains(outer, ring.first()))
                return true;
    return false;
}

} // namespace

double segmentFraction(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length2 = dx * dx + dy * dy;
    return length2 > 0 ? std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2, 0.0, 1.0) : 0.0;
}

bool partContains(const Geometry::Part &polygon, QPointF p)
{
    bool inside = false;
    for (const Geometry::Ring &ring : polygon)
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring.at(i), &b = ring.at(j);
            if ((a.y() > p.y()) != (b.y() > p.y()) &&
                p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    return inside;
}

bool contains(const Geometry &g, QPointF p)
{
    if (!isArea(g))
        return false;
    for (const Geometry::Part &polygon : g.parts)
        if (partContains(polygon, p))
            return true;
    return false;
}

double distance(const Geometry &a, const Geometry &b)
{
    if (a.isEmpty() || b.isEmpty())
        return std::numeric_limits<double>::infinity();
    // One inside the other: if no edges cross, then every vertex of the inner one is inside, so
    // testing the first vertex of each part is enough; crossing edges give 0 below.
    if (anyVertexInside(a, b) || anyVertexInside(b, a))
        return 0.0;
    double best = std::numeric_limits<double>::infinity();
    forEachEdge(a, [&](QPointF p, QPointF q) {
        if (best == 0.0)
            return;
        forEachEdge(b, [&](QPointF r, QPointF s) {
            if (best > 0.0)
                best = std::min(best, segmentSegment(p, q, r, s));
        });
    });
    return best;
}

bool within(const Geometry &a, const Geometry &b, double limit)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return within(a, a.bounds(), b, b.bounds(), limit);
}

bool within(const Geometry &a, const QRectF &aBounds, const Geometry &b, const QRectF &bBounds, double limit)
{
    if (limit < 0 || a.isEmpty() || b.isEmpty() || !boxesWithin(aBounds, bBounds, limit))
        return false;
    if (anyVertexInside(a, b) || anyVertexInside(b, a))
        return true;
    const Edges near = nearEdges(a, bBounds, limit);
    if (near.isEmpty())
        return false;
    const Edges other = nearEdges(b, aBounds, limit);
    for (const Edge &e : near)
        for (const Edge &f : other)
            if (boxesWithin(e.box, f.box, limit) && segmentSegment(e.from, e.to, f.from, f.to) <= limit)
                return true;
    return false;
}

} // namespace geometry_distance

void BoundsGrid::insert(int item, const QRectF &bounds)
{
    const int c0 = int(std::floor(bounds.left() / m_cell)), c1 = int(std::floor(bounds.right() / m_cell));
    const int r0 = int(std::floor(bounds.top() / m_cell)), r1 = int(std::floor(bounds.bottom() / m_cell));
    if (m_firstCell.size() <= item)
        m_firstCell.resize(item + 1);
    m_firstCell[item] = QPoint(c0, r0);
    for (int c = c0; c <= c1; ++c)
        for (int r = r0; r <= r1; ++r)
            m_cells[key(c, r)].append(item);
}

QList<int> BoundsGrid::near(const QRectF &bounds, double margin) const
{
    const int c0 = int(std::floor((bounds.left() - margin) / m_cell));
    const int c1 = int(std::floor((bounds.right() + margin) / m_cell));
    const int r0 = int(std::floor((bounds.top() - margin) / m_cell));
    const int r1 = int(std::floor((bounds.bottom() + margin) / m_cell));
    if (c0 == c1 && r0 == r1)
        return m_cells.value(key(c0, r0));
    // An item in several of the cells is taken from the first of them only: the one at its own first
    // column and row, or at the query's where the item begins before it. No sorting, no set.
    QList<int> items;
    for (int c = c0; c <= c1; ++c)
        for (int r = r0; r <= r1; ++r) {
            const auto it = m_cells.constFind(key(c, r));
            if (it == m_cells.cend())
                continue;
            for (const int item : *it) {
                const QPoint first = m_firstCell.at(item);
                if (c == std::max(c0, first.x()) && r == std::max(r0, first.y()))
                    items.append(item);
            }
        }
    return items;
}

} // namespace uo
