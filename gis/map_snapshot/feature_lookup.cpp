#include "gis/map_snapshot/feature_lookup.h"

#include "core/store/layers.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace uo {

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

// Even-odd over the rings of one polygon, so that a hole is not inside.
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

// Distance from p to the feature: 0 inside an area, else to its nearest vertex or edge.
double distanceTo(const Geometry &geometry, QPointF p)
{
    const bool area = geometry.type == Geometry::Polygon || geometry.type == Geometry::MultiPolygon;
    double best = std::numeric_limits<double>::max();
    for (const Geometry::Part &part : geometry.parts) {
        if (area && insidePart(p, part))
            return 0.0;
        for (const Geometry::Ring &ring : part) {
            if (ring.size() == 1)
                best = std::min(best, std::hypot(p.x() - ring[0].x(), p.y() - ring[0].y()));
            for (qsizetype i = 1; i < ring.size(); ++i)
                best = std::min(best, distanceToSegment(p, ring.at(i - 1), ring.at(i)));
        }
    }
    return best;
}

} // namespace

QList<FeatureHit> featuresAt(const MapSnapshot &snapshot, QPointF point, double baseTolerance,
                             const QSet<QString> &tables, int maxPerLayer,
                             const QHash<QString, double> &reach)
{
    QList<FeatureHit> hits;
    const QList<LayerInfo> &layers = mapLayers();
    for (auto layer = layers.crbegin(); layer != layers.crend(); ++layer) {
        const QString table = QString::fromLatin1(layer->table);
        if (!tables.isEmpty() && !tables.contains(table))
            continue;
        const double tolerance = baseTolerance + reach.value(table, 0.0);
        const QRectF box(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance);
        if (const LayerFeatures *features = snapshot.layer(table)) {
            QList<std::pair<double, qint64>> found;
            features->forEachIn(box, [&](const MapFeature &feature) {
                const double d = distanceTo(feature.geometry, point);
                if (d <= tolerance)
                    found.append({d, feature.id});
            });
            // Of features equally near, the one drawn last (on top) comes first.
            std::reverse(found.begin(), found.end());
            std::stable_sort(found.begin(), found.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (qsizetype i = 0; i < found.size() && i < maxPerLayer; ++i)
                hits.append({table, found[i].second});
        } else if (table == QLatin1String("components") && snapshot.components()) {
            for (const quint32 id : snapshot.components()->near(point, tolerance, maxPerLayer))
                hits.append({table, qint64(id)});
        }
    }
    return hits;
}

} // namespace uo
