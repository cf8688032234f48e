#include "gis/map_snapshot/feature_area_query.h"

#include "core/store/layers.h"

#include <algorithm>

namespace uo {

namespace {

// The shape being selected with: a rectangle is a polygon of four corners, kept as a rectangle too so
// that its common case is a plain comparison.
class Shape
{
public:
    explicit Shape(const QPolygonF &polygon) : m_polygon(polygon), m_bounds(polygon.boundingRect())
    {
        if (m_polygon.size() > 1 && m_polygon.first() == m_polygon.last())
            m_polygon.removeLast();
    }

    const QRectF &bounds() const { return m_bounds; }
    bool isValid() const { return m_polygon.size() >= 3; }

    bool contains(QPointF p) const
    {
        if (p.x() < m_bounds.left() || p.x() > m_bounds.right() || p.y() < m_bounds.top() ||
            p.y() > m_bounds.bottom())
            return false;
        // Odd-even, with a point on an edge counted inside so that a symbol on the band's edge is taken.
        bool inside = false;
        for (qsizetype i = 0, j = m_polygon.size() - 1; i < m_polygon.size(); j = i++) {
            const QPointF a = m_polygon[i], b = m_polygon[j];
            if (onSegment(p, a, b))
                return true;
            if ((a.y() > p.y()) != (b.y() > p.y()) &&
                p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
        return inside;
    }

    bool crosses(QPointF a, QPointF b) const
    {
        for (qsizetype i = 0, j = m_polygon.size() - 1; i < m_polygon.size(); j = i++)
            if (segmentsMeet(a, b, m_polygon[j], m_polygon[i]))
                return true;
        return false;
    }

    const QPolygonF &corners() const { return m_polygon; }

private:
    static double cross(QPointF o, QPointF a, QPointF b)
    {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
    static bool within(QPointF p, QPointF a, QPointF b)
    {
        return std::min(a.x(), b.x()) <= p.x() && p.x() <= std::max(a.x(), b.x()) &&
               std::min(a.y(), b.y()) <= p.y() && p.y() <= std::max(a.y(), b.y());
    }
    static bool onSegment(QPointF p, QPointF a, QPointF b) { return cross(a, b, p) == 0 && within(p, a, b); }
    static bool segmentsMeet(QPointF a, QPointF b, QPointF c, QPointF d)
    {
        const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
            return true;
        return (d1 == 0 && within(a, c, d)) || (d2 == 0 && within(b, c, d)) || (d3 == 0 && within(c, a, b)) ||
               (d4 == 0 && within(d, a, b));
    }

    QPolygonF m_polygon;
    QRectF m_bounds;
};

// Even-odd over the rings of one polygon part, so that a shape inside a hole is not inside the area.
bool insidePart(QPointF p, const Geometry::Part &part)
{
    bool inside = false;
    for (const Geometry::Ring &ring : part)
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring.at(i), &b = ring.at(j);
            if ((a.y() > p.y()) != (b.y() > p.y()) &&
                p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    return inside;
}

bool meets(const Geometry &geometry, const Shape &shape)
{
    const bool area = geometry.type == Geometry::Polygon || geometry.type == Geometry::MultiPolygon;
    for (const Geometry::Part &part : geometry.parts) {
        for (const Geometry::Ring &ring : part) {
            for (const QPointF &p : ring)
                if (shape.contains(p))
                    return true;
            for (qsizetype i = 1; i < ring.size(); ++i)
                if (shape.crosses(ring[i - 1], ring[i]))
                    return true;
        }
        // The shape drawn wholly inside an area: no vertex inside it and no edge crossing.
        if (area && !shape.corners().isEmpty() && insidePart(shape.corners().first(), part))
            return true;
    }
    return false;
}

FeatureIds featuresIn(const MapSnapshot &snapshot, const Shape &shape, const QSet<QString> &tables)
{
    FeatureIds found;
    if (!shape.isValid())
        return found;
    for (const LayerInfo &layer : mapLayers()) {
        const QString table = QString::fromLatin1(layer.table);
        if (!tables.isEmpty() && !tables.contains(table))
            continue;
        QSet<qint64> ids;
        if (const LayerFeatures *features = snapshot.layer(table)) {
            features->forEachIn(shape.bounds(), [&](const MapFeature &feature) {
                if (meets(feature.geometry, shape))
                    ids.insert(feature.id);
            });
        } else if (table == QLatin1String("components") && snapshot.components()) {
            const ComponentPoints &points = *snapshot.components();
            const QPointF origin = points.origin();
            points.forEachNear(shape.bounds(), [&](const ComponentPoints::Point &p) {
                if (shape.contains(QPointF(origin.x() + p.x, origin.y() + p.y)))
                    ids.insert(p.id);
            });
        }
        if (!ids.isEmpty())
            found.insert(table, ids);
    }
    return found;
}

} // namespace

FeatureIds featuresInRect(const MapSnapshot &snapshot, const QRectF &rect, const QSet<QString> &tables)
{
    const QRectF r = rect.normalized();
    return featuresIn(snapshot,
                      Shape(QPolygonF({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()})), tables);
}

FeatureIds featuresInPolygon(const MapSnapshot &snapshot, const QPolygonF &polygon,
                             const QSet<QString> &tables)
{
    return featuresIn(snapshot, Shape(polygon), tables);
}

} // namespace uo
