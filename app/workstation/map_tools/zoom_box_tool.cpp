#include "app/workstation/map_tools/zoom_box_tool.h"

#include "app/workstation/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace uo {

namespace {
// Less than this many pixels of drag is a click.
constexpr double kClickPixels = 4.0;
constexpr double kClickZoom = 2.0;
} // namespace

bool ZoomBoxTool::mousePress(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        MapViewport viewport = canvas().viewport();
        viewport.zoomAt(event->position(), 1.0 / kClickZoom);
        canvas().setViewport(viewport);
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    m_dragging = true;
    m_start = m_end = event->position();
    return true;
}

bool ZoomBoxTool::mouseMove(QMouseEvent *event)
{
    if (!m_dragging)
        return false;
    m_end = event->position();
    canvas().update();
    return true;
}

bool ZoomBoxTool::mouseRelease(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return false;
    m_dragging = false;
    m_end = event->position();
    MapViewport viewport = canvas().viewport();
    const QRectF band = QRectF(m_start, m_end).normalized();
    if (band.width() < kClickPixels && band.height() < kClickPixels)
        viewport.zoomAt(m_end, kClickZoom);
    else
        viewport.fit(QRectF(viewport.toMap(band.topLeft()), viewport.toMap(band.bottomRight())).normalized(),
                     0.0);
    canvas().setViewport(viewport);
    return true;
}

bool ZoomBoxTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || !m_dragging)
        return false;
    m_dragging = false;
    canvas().update();
    return true;
}

void ZoomBoxTool::paint(QPainter &painter)
{
    if (!m_dragging)
        return;
    painter.setPen(QPen(QColor(0x20, 0x50, 0xa0), 1.5, Qt::DashLine));
    painter.setBrush(QColor(0x20, 0x50, 0xa0, 40));
    painter.drawRect(QRectF(m_start, m_end).normalized());
}

} // namespace uo
