#include "gis/map_snapshot/feature_lookup.h"

#include "core/store/geometry_distance.h"
#include "core/store/layers.h"

#include <algorithm>

namespace uo {

QList<FeatureHit> featuresAt(const MapSnapshot &snapshot, QPointF point, double baseTolerance,
                             const QSet<QString> &tables, int maxPerLayer,
                             const QHash<QString, double> &reach)
{
    QList<FeatureHit> hits;
    const Geometry at = Geometry::point(0, point);
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
                // 0 inside an area, else to its nearest vertex or edge.
                const double d = geometry_distance::distance(feature.geometry, at);
                if (d <= tolerance)
                    found.append({d, feature.id});
            });
            // Of features equally near, the one drawn last (on top) comes first.
            std::reverse(found.begin(), found.end());
            std::stable_sort(found.begin(), found.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (qsizetype i = 0; i < found.size() && i < maxPerLayer; ++i)
                hits.append({table, found[i].second});
        } else if (layer->layer == Layer::Components && snapshot.components()) {
            for (const quint32 id : snapshot.components()->near(point, tolerance, maxPerLayer))
                hits.append({table, qint64(id)});
        }
    }
    return hits;
}

} // namespace uo
