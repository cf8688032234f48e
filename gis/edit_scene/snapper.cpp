#include "gis/edit_scene/snapper.h"

#include "gis/map_snapshot/map_snapshot.h"

#include "core/store/geometry_distance.h"

#include <algorithm>
#include <cmath>

namespace uo::edit {

SnapResult Snapper::snap(QPointF point, double tolerance) const
{
    SnapResult result{point, EditDrag::Snap::None};
    if (!m_snapshot)
        return result;
    const QRectF box(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance);
    double bestVertex = tolerance, bestLine = tolerance;
    QPointF vertex, onLine;
    for (const QString &table : m_tables) {
        const LayerFeatures *layer = m_snapshot->layer(table);
        if (!layer)
            continue;
        const bool skipping = table == m_skipTable;
        layer->forEachIn(box, [&](const MapFeature &feature) {
            if (skipping && feature.id == m_skipId)
                return;
            for (const Geometry::Part &part : feature.geometry.parts)
                for (const Geometry::Ring &ring : part)
                    for (qsizetype i = 0; i < ring.size(); ++i) {
                        const QPointF a = ring.at(i);
                        const double d = std::hypot(a.x() - point.x(), a.y() - point.y());
                        if (d <= bestVertex) {
                            bestVertex = d;
                            vertex = a;
                        }
                        if (i == 0)
                            continue;
                        const QPointF b = ring.at(i - 1);
                        const double t = geometry_distance::segmentFraction(point, a, b);
                        const QPointF foot(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
                        const double dl = std::hypot(foot.x() - point.x(), foot.y() - point.y());
                        if (dl <= bestLine) {
                            bestLine = dl;
                            onLine = foot;
                        }
                    }
        });
    }
    // A vertex wins over a line within the same tolerance: corners are what surveyors snap to.
    if (bestVertex < tolerance)
        return {vertex, EditDrag::Snap::Vertex};
    if (bestLine < tolerance)
        return {onLine, EditDrag::Snap::Line};
    return result;
}

} // namespace uo::edit
