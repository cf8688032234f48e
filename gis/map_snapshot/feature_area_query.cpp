#include "gis/map_snapshot/feature_area_query.h"

#include "core/store/geometry_distance.h"
#include "core/store/layers.h"

#include <algorithm>

namespace uo {

namespace {

// What a feature may miss the shape by and still be taken: rounding, so that a symbol exactly on
// the shape's edge (a band's edge) is in it.
constexpr double kOnEdge = 1e-9;

// The shape being selected with, as a polygon that geometry_distance measures against.
class Shape
{
public:
    explicit Shape(QPolygonF polygon)
    {
        if (polygon.size() > 1 && polygon.first() == polygon.last())
            polygon.removeLast();
        if (polygon.size() >= 3)
            m_geometry = Geometry::polygon(0, {Geometry::Ring(polygon.cbegin(), polygon.cend())});
        m_bounds = polygon.boundingRect();
    }

    const QRectF &bounds() const { return m_bounds; }
    bool isValid() const { return !m_geometry.isEmpty(); }

    // Whether the geometry touches, crosses or lies in the shape, or the shape lies in it.
    bool meets(const Geometry &geometry, const QRectF &bounds) const
    {
        return geometry_distance::within(geometry, bounds, m_geometry, m_bounds, kOnEdge);
    }
    bool contains(QPointF p) const { return meets(Geometry::point(0, p), QRectF(p, QSizeF())); }

private:
    Geometry m_geometry;
    QRectF m_bounds;
};

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
                if (shape.meets(feature.geometry, feature.bounds))
                    ids.insert(feature.id);
            });
        } else if (layer.layer == Layer::Components && snapshot.components()) {
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
