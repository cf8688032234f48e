#include "app/workstation/segments/my_segments_overlay.h"

#include "app/workstation/map_canvas.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_viewport.h"
#include "gis/render/pixel_geometry.h"

#include <QPainter>
#include <QPainterPath>

namespace uo {

MySegmentsOverlay::MySegmentsOverlay(MapCanvas &canvas) : MapOverlay(canvas) {}

void MySegmentsOverlay::setSegments(const QSet<qint64> &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    changed();
}

QColor MySegmentsOverlay::veil()
{
    // Light enough that streets and symbols still tell where the segments lie.
    return QColor(255, 255, 255, 170);
}

QColor MySegmentsOverlay::line()
{
    return QColor(0x1a, 0x56, 0xc4);
}

void MySegmentsOverlay::paint(QPainter &painter, const MapViewport &viewport)
{
    const std::shared_ptr<const MapSnapshot> snapshot = canvas().snapshot();
    const LayerFeatures *segments = snapshot ? snapshot->layer(tableOf(Layer::RoadSegments)) : nullptr;
    if (m_ids.isEmpty() || !segments)
        return;
    QPainterPath path;
    segments->forEachIn(viewport.visibleMapRect(), [&](const MapFeature &feature) {
        if (m_ids.contains(feature.id))
            path.addPath(render::linePath(viewport, feature.geometry));
    });
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(viewport.size())), veil());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(line(), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.restore();
}

} // namespace uo
