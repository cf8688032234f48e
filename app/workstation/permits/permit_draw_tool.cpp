#include "app/workstation/permits/permit_draw_tool.h"

#include "app/workstation/map_canvas.h"
#include "gis/geometry/geos_context.h"
#include "gis/map_snapshot/map_snapshot.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace uo {

PermitDrawTool::PermitDrawTool(MapCanvas &canvas) : MapTool(canvas) {}

Geometry PermitDrawTool::areaOf(Shape shape, const QList<QPointF> &points, double width, int srid,
                                double *trenchM)
{
    Geos geos;
    Geos::Ptr area;
    if (shape == Shape::Trench) {
        if (points.size() < 2 || width <= 0)
            return {};
        Geos::Ptr line = geos.lineString(points);
        if (trenchM)
            *trenchM = geos.length(line.get());
        area = geos.own(GEOSBufferWithStyle_r(geos.handle(), line.get(), width / 2, 8, GEOSBUF_CAP_FLAT,
                                              GEOSBUF_JOIN_MITRE, 3.0));
    } else {
        if (points.size() < 3)
            return {};
        QList<QPointF> ring = points;
        ring.append(points.first());
        area = geos.polygon({ring});
        if (!area || !geos.isValid(area.get()))
            return {};
        // A trench-like rectangle of perimeter P and area A has its long side (P + sqrt(P² - 16A)) / 4.
        const double a = geos.area(area.get());
        double perimeter = 0;
        for (int i = 1; i < ring.size(); ++i)
            perimeter += std::hypot(ring[i].x() - ring[i - 1].x(), ring[i].y() - ring[i - 1].y());
        if (trenchM)
            *trenchM = (perimeter + std::sqrt(std::max(0.0, perimeter * perimeter - 16 * a))) / 4;
    }
    if (!area || GEOSGeomTypeId_r(geos.handle(), area.get()) != GEOS_POLYGON || geos.area(area.get()) <= 0)
        return {};
    return geos.toGeometry(area.get(), srid);
}

double PermitDrawTool::planarArea(const Geometry &polygon)
{
    double total = 0;
    for (const Geometry::Part &part : polygon.parts)
        for (qsizetype r = 0; r < part.size(); ++r) {
            double twice = 0;
            const Geometry::Ring &ring = part[r];
            for (qsizetype i = 0; i + 1 < ring.size(); ++i)
                twice += ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
            total += (r == 0 ? 1 : -1) * std::abs(twice) / 2;
        }
    return total;
}

void PermitDrawTool::addPoint(QPointF map)
{
    if (!m_points.isEmpty() && m_points.last() == map)
        return;
    m_points.append(map);
    canvas().update();
}

void PermitDrawTool::finish()
{
    const auto snapshot = canvas().snapshot();
    const int srid = snapshot ? snapshot->srid() : 0;
    double trench = 0;
    const Geometry area = areaOf(m_shape, m_points, m_width, srid, &trench);
    if (area.isEmpty()) {
        emit refused(m_shape == Shape::Trench
                         ? tr("A trench needs at least two points and a width.")
                         : tr("An area needs at least three points and must not cross itself."));
        return;
    }
    m_points.clear();
    canvas().update();
    emit drawn(area, trench);
}

void PermitDrawTool::cancel()
{
    m_points.clear();
    canvas().update();
    emit cancelled();
}

void PermitDrawTool::deactivated()
{
    m_points.clear();
    m_hovering = false;
}

bool PermitDrawTool::mousePress(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        addPoint(canvas().viewport().toMap(event->position()));
        return true;
    }
    if (event->button() == Qt::RightButton) {
        finish();
        return true;
    }
    return false;
}

bool PermitDrawTool::mouseMove(QMouseEvent *event)
{
    m_hover = event->position();
    m_hovering = true;
    if (!m_points.isEmpty())
        canvas().update();
    return false; // the canvas still reports the cursor's position
}

bool PermitDrawTool::mouseRelease(QMouseEvent *event)
{
    return event->button() == Qt::LeftButton || event->button() == Qt::RightButton;
}

bool PermitDrawTool::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    finish();
    return true;
}

bool PermitDrawTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Backspace:
        if (!m_points.isEmpty()) {
            m_points.removeLast();
            canvas().update();
        }
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    default:
        return false;
    }
}

void PermitDrawTool::paint(QPainter &painter)
{
    if (m_points.isEmpty())
        return;
    const MapViewport &viewport = canvas().viewport();
    QPolygonF pixels;
    for (const QPointF &p : m_points)
        pixels.append(viewport.toPixel(p));
    if (m_hovering)
        pixels.append(m_hover);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_shape == Shape::Trench) {
        // The trench at its true width, so the user sees what will be dug.
        const double px = std::max(2.0, m_width / viewport.mapUnitsPerPixel());
        painter.setPen(QPen(QColor(230, 90, 20, 110), px, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        painter.drawPolyline(pixels);
        painter.setPen(QPen(QColor(180, 50, 0), 1.5, Qt::DashLine));
        painter.drawPolyline(pixels);
    } else {
        painter.setPen(QPen(QColor(180, 50, 0), 1.5, Qt::DashLine));
        painter.setBrush(QColor(230, 90, 20, 70));
        painter.drawPolygon(pixels);
    }
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(QColor(180, 50, 0));
    for (const QPointF &p : pixels.mid(0, m_points.size()))
        painter.drawEllipse(p, 3.5, 3.5);
    painter.restore();
}

} // namespace uo
