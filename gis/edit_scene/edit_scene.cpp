#include "gis/edit_scene/edit_scene.h"

#include "core/edit_session/edit_session.h"
#include "core/store/geometry_blob.h"
#include "gis/render/map_viewport.h"

#include <QPainter>
#include <QPainterPath>

namespace uo::edit {

namespace {

const QColor kEdited(0x1e, 0x88, 0xe5);
const QColor kAdded(0x2e, 0x7d, 0x32);
const QColor kRemoved(0xd3, 0x2f, 0x2f);
const QColor kSnap(0xff, 0x6f, 0x00);

std::optional<Geometry> geometryOf(const RowState &row)
{
    if (!row)
        return std::nullopt;
    const QByteArray blob = row->value(QStringLiteral("geom")).toByteArray();
    if (blob.isEmpty())
        return std::nullopt;
    return geometry_blob::decode(blob.constData(), int(blob.size()));
}

// Pixel positions of the points that fall on screen (with a margin for the marks' size).
QList<QPointF> onScreen(const MapViewport &viewport, const QList<QPointF> &points)
{
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.size())).adjusted(-12, -12, 12, 12);
    QList<QPointF> pixels;
    pixels.reserve(points.size());
    for (const QPointF &p : points) {
        const QPointF pixel = viewport.toPixel(p);
        if (screen.contains(pixel))
            pixels << pixel;
    }
    return pixels;
}

} // namespace

EditScene EditScene::of(EditSession &session)
{
    EditScene scene;
    for (const FeatureKey &key : session.changedKeys()) {
        const PendingRow *row = session.pending(key);
        const auto before = geometryOf(row->original);
        const auto after = geometryOf(row->current);
        const Geometry *shown = after ? &*after : before ? &*before : nullptr;
        if (!shown || shown->parts.isEmpty() || shown->parts.first().isEmpty())
            continue;
        const QList<QPointF> &ring = shown->parts.first().first();
        if (shown->type == Geometry::Point) {
            if (!row->current)
                scene.removed << ring.first();
            else if (!row->original)
                scene.added << ring.first();
            else {
                scene.changed << ring.first();
                if (before && !before->parts.isEmpty() &&
                    before->parts.first().first().first() != ring.first())
                    scene.movedFrom << before->parts.first().first().first();
            }
        } else if (shown->type == Geometry::LineString && row->current) {
            scene.lines << QPolygonF(ring);
        }
    }
    return scene;
}

void paintEditScene(QPainter &painter, const MapViewport &viewport, const EditScene &scene)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    for (const QPolygonF &line : scene.lines) {
        QPolygonF pixels;
        for (const QPointF &p : line)
            pixels << viewport.toPixel(p);
        painter.setPen(QPen(kEdited, 3));
        painter.drawPolyline(pixels);
        painter.setPen(QPen(kEdited, 1));
        for (const QPointF &p : pixels)
            painter.drawRect(QRectF(p - QPointF(3, 3), QSizeF(6, 6)));
    }
    // Where moved features were: a faint ring, so that the old mark under it reads as superseded.
    painter.setPen(QPen(kEdited, 1, Qt::DashLine));
    for (const QPointF &p : onScreen(viewport, scene.movedFrom))
        painter.drawEllipse(p, 6, 6);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(kEdited);
    for (const QPointF &p : onScreen(viewport, scene.changed))
        painter.drawEllipse(p, 5, 5);
    painter.setBrush(kAdded);
    for (const QPointF &p : onScreen(viewport, scene.added))
        painter.drawEllipse(p, 5, 5);
    painter.setPen(QPen(kRemoved, 2.5));
    for (const QPointF &p : onScreen(viewport, scene.removed)) {
        painter.drawLine(p + QPointF(-5, -5), p + QPointF(5, 5));
        painter.drawLine(p + QPointF(-5, 5), p + QPointF(5, -5));
    }
}

void paintEditDrag(QPainter &painter, const MapViewport &viewport, const EditDrag &drag)
{
    if (!drag.active)
        return;
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPointF from = viewport.toPixel(drag.from), to = viewport.toPixel(drag.to);
    if (!drag.line.isEmpty()) {
        QPolygonF pixels;
        for (const QPointF &p : drag.line)
            pixels << viewport.toPixel(p);
        painter.setPen(QPen(kEdited, 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(pixels);
    }
    painter.setPen(QPen(kEdited, 1, Qt::DashLine));
    painter.drawLine(from, to);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(kEdited);
    painter.drawEllipse(to, 6, 6);
    if (drag.snap != EditDrag::Snap::None) {
        painter.setPen(QPen(kSnap, 2));
        painter.setBrush(Qt::NoBrush);
        if (drag.snap == EditDrag::Snap::Vertex)
            painter.drawRect(QRectF(to - QPointF(9, 9), QSizeF(18, 18)));
        else
            painter.drawEllipse(to, 10, 10);
    }
}

} // namespace uo::edit

namespace uo::edit {

void EditPainter::setScene(EditScene scene)
{
    m_scene = std::move(scene);
    m_cacheValid = false;
}

void EditPainter::paint(QPainter &painter, const MapViewport &viewport, const EditDrag &drag)
{
    if (!m_scene.isEmpty()) {
        if (!m_cacheValid || m_cacheViewport != viewport) {
            m_cache = QImage(viewport.deviceSize(), QImage::Format_ARGB32_Premultiplied);
            m_cache.setDevicePixelRatio(viewport.devicePixelRatio());
            m_cache.fill(Qt::transparent);
            QPainter cachePainter(&m_cache);
            paintEditScene(cachePainter, viewport, m_scene);
            m_cacheViewport = viewport;
            m_cacheValid = true;
        }
        painter.drawImage(QPointF(0, 0), m_cache);
    }
    paintEditDrag(painter, viewport, drag);
}

} // namespace uo::edit
