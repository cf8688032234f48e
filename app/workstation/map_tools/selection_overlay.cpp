#include "app/workstation/map_tools/selection_overlay.h"

#include "app/workstation/map_canvas.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/pixel_geometry.h"

#include <QPainter>
#include <QPainterPath>

namespace uo {

namespace {
const QString kComponents = tableOf(Layer::Components);
} // namespace

SelectionOverlay::SelectionOverlay(MapCanvas &canvas, FeatureSelection &selection)
    : MapOverlay(canvas), m_selection(selection)
{
    connect(&selection, &FeatureSelection::changed, this, &SelectionOverlay::update);
    // A reload after an edit gives a new snapshot: the components may have moved.
    connect(&canvas, &MapCanvas::renderFinished, this, [this] {
        if (this->canvas().snapshot() != m_snapshot)
            update();
    });
}

QColor SelectionOverlay::colour()
{
    return QColor(0xff, 0xe0, 0x00);
}

void SelectionOverlay::update()
{
    m_snapshot = canvas().snapshot();
    m_components.clear();
    const QSet<qint64> ids = m_selection.ids(kComponents);
    if (m_snapshot && m_snapshot->components() && !ids.isEmpty()) {
        const ComponentPoints &points = *m_snapshot->components();
        const QPointF origin = points.origin();
        // One pass over the packed points: a million hash look-ups take a few tens of milliseconds.
        points.forEachNear(points.extent(), [&](const ComponentPoints::Point &p) {
            if (ids.contains(p.id))
                m_components.append(QPointF(origin.x() + p.x, origin.y() + p.y));
        });
    }
    changed();
}

void SelectionOverlay::paint(QPainter &painter, const MapViewport &viewport)
{
    if (!m_snapshot || m_selection.isEmpty())
        return;
    const QRectF visible = viewport.visibleMapRect();
    const QColor colour = SelectionOverlay::colour();
    QColor wash = colour;
    wash.setAlpha(70);
    painter.setRenderHint(QPainter::Antialiasing);
    QList<QPointF> points;
    for (const LayerInfo &layer : mapLayers()) {
        const QString table = QString::fromLatin1(layer.table);
        const LayerFeatures *features = m_snapshot->layer(table);
        if (!features || m_selection.count(table) == 0)
            continue;
        for (const qint64 id : m_selection.ids(table)) {
            const MapFeature *feature = features->find(id);
            if (!feature || !LayerFeatures::meets(feature->bounds, visible))
                continue;
            switch (feature->geometry.type) {
            case Geometry::Point:
            case Geometry::MultiPoint:
                for (const Geometry::Part &part : feature->geometry.parts)
                    for (const Geometry::Ring &ring : part)
                        points += ring;
                break;
            case Geometry::LineString:
            case Geometry::MultiLineString: {
                const QPainterPath path = render::linePath(viewport, feature->geometry);
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(wash, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.drawPath(path);
                painter.setPen(QPen(colour, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.drawPath(path);
                break;
            }
            case Geometry::Polygon:
            case Geometry::MultiPolygon:
                painter.setBrush(wash);
                painter.setPen(QPen(colour, 2.5));
                painter.drawPath(render::areaPath(viewport, feature->geometry));
                break;
            case Geometry::None:
                break;
            }
        }
    }
    for (const QPointF &p : std::as_const(m_components))
        if (visible.contains(p))
            points.append(p);
    paintPoints(painter, viewport, points);
}

void SelectionOverlay::paintPoints(QPainter &painter, const MapViewport &viewport,
                                   const QList<QPointF> &points)
{
    if (points.size() <= kManyPoints) {
        painter.setBrush(Qt::NoBrush);
        for (const QPointF &p : points) {
            const QPointF pixel = viewport.toPixel(p);
            painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 4.5));
            painter.drawEllipse(pixel, 6.5, 6.5);
            painter.setPen(QPen(SelectionOverlay::colour(), 2.5));
            painter.drawEllipse(pixel, 6.5, 6.5);
        }
        return;
    }
    // Hundreds of thousands of rings would take seconds; squares set straight into a raster take
    // milliseconds and at that density read as a yellow area anyway.
    QImage raster(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    raster.fill(Qt::transparent);
    const QRgb rgb = SelectionOverlay::colour().rgba();
    const int w = raster.width(), h = raster.height();
    for (const QPointF &p : points) {
        const QPointF pixel = viewport.toPixel(p);
        const int cx = int(pixel.x()), cy = int(pixel.y());
        for (int y = std::max(0, cy - 2); y <= std::min(h - 1, cy + 2); ++y) {
            auto *line = reinterpret_cast<QRgb *>(raster.scanLine(y));
            for (int x = std::max(0, cx - 2); x <= std::min(w - 1, cx + 2); ++x)
                line[x] = rgb;
        }
    }
    painter.drawImage(QPointF(0, 0), raster);
}

} // namespace uo
