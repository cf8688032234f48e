#include "app/workstation/map_tools/measure_tool.h"

#include "app/workstation/map_canvas.h"
#include "core/segments/polyline.h"
#include "core/segments/segment_naming.h"
#include "core/store/geometry_measure.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/feature_lookup.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace uo {

namespace {

const QColor kInk(0xc0, 0x4a, 0x00);
const QColor kFill(0xc0, 0x4a, 0x00, 40);

// A label in a filled box with its left middle at `at`, as the permit overlay labels its roads.
void drawBoxedText(QPainter &painter, QPointF at, const QString &text)
{
    QRectF box = painter.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2);
    box.moveTopLeft(at + QPointF(10, -box.height() / 2));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x30, 0x30, 0x30, 210));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

MeasureTool::MeasureTool(MapCanvas &canvas, Mode mode) : MapTool(canvas), m_mode(mode) {}

QString MeasureTool::lengthText(double metres)
{
    const QLocale locale;
    if (metres >= 1000)
        return tr("%1 m (%2 km)")
            .arg(locale.toString(metres, 'f', 1), locale.toString(metres / 1000, 'f', 3));
    return tr("%1 m").arg(locale.toString(metres, 'f', 1));
}

QString MeasureTool::areaText(double squareMetres)
{
    const QLocale locale;
    if (squareMetres >= 10000)
        return tr("%1 m² (%2 ha)")
            .arg(locale.toString(squareMetres, 'f', 1), locale.toString(squareMetres / 10000, 'f', 2));
    return tr("%1 m²").arg(locale.toString(squareMetres, 'f', 1));
}

QString MeasureTool::placeText(const RoadPlace &place)
{
    return tr("%1 %2 (%3 from its start), %4 off the centreline")
        .arg(place.road, SegmentNaming::chainage(place.measure), lengthText(place.measure),
             lengthText(place.offset));
}

QList<QPointF> MeasureTool::drawnPoints() const
{
    QList<QPointF> points = m_points;
    if (!m_finished && m_cursor && !points.isEmpty())
        points.append(*m_cursor);
    return points;
}

double MeasureTool::length() const
{
    Geometry::Ring ring = m_points;
    if (m_mode == Mode::Area && ring.size() > 2)
        ring.append(ring.first());
    return geometry_measure::lineLength(ring);
}

double MeasureTool::area() const
{
    return m_mode == Mode::Area && m_points.size() > 2 ? geometry_measure::ringArea(m_points) : 0.0;
}

std::optional<RoadPlace> MeasureTool::placeAt(QPointF pixel) const
{
    const std::shared_ptr<const MapSnapshot> snapshot = canvas().snapshot();
    const LayerFeatures *roads = snapshot ? snapshot->layer(tableOf(Layer::Roads)) : nullptr;
    if (!roads)
        return std::nullopt;
    const MapViewport &viewport = canvas().viewport();
    const QPointF p = viewport.toMap(pixel);
    const QList<FeatureHit> hits =
        featuresAt(*snapshot, p, kRoadPixels * viewport.mapUnitsPerPixel(), {tableOf(Layer::Roads)}, 1);
    const MapFeature *road = hits.isEmpty() ? nullptr : roads->find(hits.first().id);
    if (!road || road->geometry.parts.isEmpty() || road->geometry.parts.first().isEmpty())
        return std::nullopt;
    const Geometry::Ring &line = road->geometry.parts.first().first();
    RoadPlace place;
    place.roadId = road->id;
    place.road = road->label;
    place.measure = polyline::project(line, p, &place.offset);
    place.point = polyline::pointAt(line, place.measure);
    return place;
}

QString MeasureTool::text() const
{
    switch (m_mode) {
    case Mode::Distance: {
        const QList<QPointF> points = drawnPoints();
        if (points.size() < 2)
            return tr("Click the points of a line to measure; double-click to end it");
        return tr("Length %1").arg(lengthText(geometry_measure::lineLength(points)));
    }
    case Mode::Area: {
        QList<QPointF> points = drawnPoints();
        if (points.size() < 3)
            return tr("Click the corners of an area to measure; double-click to end it");
        const double area = geometry_measure::ringArea(points);
        points.append(points.first());
        return tr("Area %1, perimeter %2")
            .arg(areaText(area), lengthText(geometry_measure::lineLength(points)));
    }
    case Mode::Chainage:
        if (m_first && m_second)
            return tr("%1 %2 to %3: %4 along the road")
                .arg(m_first->road, SegmentNaming::chainage(m_first->measure),
                     SegmentNaming::chainage(m_second->measure),
                     lengthText(std::abs(m_second->measure - m_first->measure)));
        if (m_first && m_hover && m_hover->roadId == m_first->roadId)
            return tr("%1 %2 to %3: %4 along the road")
                .arg(m_first->road, SegmentNaming::chainage(m_first->measure),
                     SegmentNaming::chainage(m_hover->measure),
                     lengthText(std::abs(m_hover->measure - m_first->measure)));
        if (m_hover)
            return placeText(*m_hover);
        if (m_first)
            return placeText(*m_first);
        return tr("Point at a road to read its chainage; click two places to measure along it");
    }
    return QString();
}

void MeasureTool::clear()
{
    forget();
    changed();
}

void MeasureTool::forget()
{
    m_points.clear();
    m_cursor.reset();
    m_finished = false;
    m_hover.reset();
    m_first.reset();
    m_second.reset();
}

void MeasureTool::changed()
{
    canvas().update();
    emit measured(text());
}

void MeasureTool::deactivated()
{
    forget();
    canvas().update();
    emit measured(QString()); // nothing measured: the status bar is free again
}

bool MeasureTool::mousePress(QMouseEvent *event)
{
    const QPointF pixel = event->position();
    if (m_mode == Mode::Chainage) {
        if (event->button() != Qt::LeftButton)
            return false;
        const std::optional<RoadPlace> place = placeAt(pixel);
        if (!place) {
            m_first.reset();
            m_second.reset();
        } else if (!m_first || m_second || m_first->roadId != place->roadId) {
            m_first = place;
            m_second.reset();
        } else {
            m_second = place;
        }
        changed();
        return true;
    }
    if (event->button() == Qt::RightButton) {
        m_finished = true;
        changed();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    m_points.append(canvas().viewport().toMap(pixel));
    m_cursor = m_points.last();
    changed();
    return true;
}

bool MeasureTool::mouseMove(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return false; // a drag with the middle button pans
    if (m_mode == Mode::Chainage)
        m_hover = placeAt(event->position());
    else
        m_cursor = canvas().viewport().toMap(event->position());
    changed();
    return true;
}

bool MeasureTool::mouseRelease(QMouseEvent *event)
{
    return event->button() == Qt::LeftButton || event->button() == Qt::RightButton;
}

bool MeasureTool::mouseDoubleClick(QMouseEvent *event)
{
    if (m_mode == Mode::Chainage || event->button() != Qt::LeftButton)
        return false;
    // The double-click's first click has already added its point.
    m_finished = true;
    changed();
    return true;
}

bool MeasureTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        clear();
        return true;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_mode != Mode::Chainage &&
        !m_points.isEmpty()) {
        m_finished = true;
        changed();
        return true;
    }
    if (event->key() == Qt::Key_Backspace && m_mode != Mode::Chainage && !m_points.isEmpty()) {
        m_points.removeLast();
        m_finished = false;
        changed();
        return true;
    }
    return false;
}

void MeasureTool::paint(QPainter &painter)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_mode == Mode::Chainage)
        paintChainage(painter);
    else
        paintLine(painter);
    painter.restore();
}

void MeasureTool::paintLine(QPainter &painter) const
{
    const QList<QPointF> points = drawnPoints();
    if (points.isEmpty())
        return;
    const MapViewport &viewport = canvas().viewport();
    QPolygonF pixels;
    for (const QPointF &p : points)
        pixels.append(viewport.toPixel(p));
    painter.setPen(QPen(kInk, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (m_mode == Mode::Area && pixels.size() > 2) {
        painter.setBrush(kFill);
        painter.drawPolygon(pixels);
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(pixels);
    }
    painter.setBrush(Qt::white);
    for (const QPointF &p : std::as_const(pixels))
        painter.drawEllipse(p, 3, 3);
    if (m_mode == Mode::Distance) {
        // Each leg's length at its middle, the total at the end.
        for (qsizetype i = 1; i < points.size(); ++i) {
            const double leg =
                std::hypot(points[i].x() - points[i - 1].x(), points[i].y() - points[i - 1].y());
            if (points.size() > 2)
                drawBoxedText(painter, (pixels[i] + pixels[i - 1]) / 2, lengthText(leg));
        }
    }
    if (points.size() >= (m_mode == Mode::Area ? 3 : 2))
        drawBoxedText(painter, pixels.last(), text());
}

void MeasureTool::paintChainage(QPainter &painter) const
{
    const MapViewport &viewport = canvas().viewport();
    const auto mark = [&](const RoadPlace &place, bool fixed) {
        const QPointF p = viewport.toPixel(place.point);
        painter.setPen(QPen(kInk, 2));
        painter.setBrush(fixed ? QBrush(kInk) : QBrush(Qt::white));
        painter.drawEllipse(p, 5, 5);
        return p;
    };
    if (m_first)
        mark(*m_first, true);
    if (m_second)
        mark(*m_second, true);
    // The label goes where the measure ends: the second place, the mouse, or the first place.
    QPointF at;
    if (m_second)
        at = viewport.toPixel(m_second->point);
    else if (m_hover)
        at = mark(*m_hover, false);
    else if (m_first)
        at = viewport.toPixel(m_first->point);
    else
        return;
    drawBoxedText(painter, at, text());
}

} // namespace uo
