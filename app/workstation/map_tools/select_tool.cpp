#include "app/workstation/map_tools/select_tool.h"

#include "app/workstation/map_canvas.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "gis/map_snapshot/feature_area_query.h"
#include "gis/map_snapshot/feature_lookup.h"
#include "gis/render/symbol_reach.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace uo {

namespace {
constexpr double kClickPixels = 4.0;

FeatureSelection::Mode modeFor(Qt::KeyboardModifiers modifiers, bool click)
{
    if (modifiers & Qt::ControlModifier)
        return click ? FeatureSelection::Mode::Toggle : FeatureSelection::Mode::Remove;
    if (modifiers & Qt::ShiftModifier)
        return FeatureSelection::Mode::Add;
    return FeatureSelection::Mode::Replace;
}

const QColor kBandColour(0xe0, 0x8a, 0x00);
} // namespace

SelectTool::SelectTool(MapCanvas &canvas, FeatureSelection &selection, Shape shape, LayerFilter layers)
    : MapTool(canvas), m_selection(selection), m_shape(shape), m_layers(std::move(layers))
{
}

void SelectTool::deactivated()
{
    m_dragging = false;
    m_polygon.clear();
}

bool SelectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (m_shape == Shape::Polygon && !m_polygon.isEmpty()) {
        m_polygon.append(event->position());
        canvas().update();
        return true;
    }
    m_dragging = true;
    m_start = m_end = event->position();
    return true;
}

bool SelectTool::mouseMove(QMouseEvent *event)
{
    if (m_dragging) {
        m_end = event->position();
        canvas().update();
        return true;
    }
    if (!m_polygon.isEmpty()) {
        m_hover = event->position();
        canvas().update();
        return true;
    }
    return false;
}

bool SelectTool::mouseRelease(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return false;
    m_dragging = false;
    m_end = event->position();
    const QRectF band = QRectF(m_start, m_end).normalized();
    const bool click = band.width() < kClickPixels && band.height() < kClickPixels;
    if (click && m_shape == Shape::Polygon) {
        // The first corner of a polygon; a double click or Enter closes it.
        m_polygon = {m_start};
        m_hover = m_start;
    } else if (click) {
        clickAt(m_end, event->modifiers());
    } else {
        const MapViewport &viewport = canvas().viewport();
        selectInPolygon(
            QPolygonF(
                QRectF(viewport.toMap(band.topLeft()), viewport.toMap(band.bottomRight())).normalized()),
            event->modifiers());
    }
    canvas().update();
    return true;
}

bool SelectTool::mouseDoubleClick(QMouseEvent *event)
{
    if (m_shape != Shape::Polygon || m_polygon.isEmpty())
        return false;
    // The double click's first press already added its corner.
    finishPolygon(event->modifiers());
    return true;
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_dragging || !m_polygon.isEmpty()) {
            m_dragging = false;
            m_polygon.clear();
        } else {
            m_selection.clear();
        }
        canvas().update();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_polygon.isEmpty())
            return false;
        finishPolygon(event->modifiers());
        return true;
    case Qt::Key_Backspace:
        if (m_polygon.isEmpty())
            return false;
        m_polygon.removeLast();
        canvas().update();
        return true;
    default:
        return false;
    }
}

void SelectTool::finishPolygon(Qt::KeyboardModifiers modifiers)
{
    QPolygonF map;
    for (const QPointF &p : std::as_const(m_polygon))
        if (map.isEmpty() || canvas().viewport().toPixel(map.last()) != p)
            map.append(canvas().viewport().toMap(p));
    m_polygon.clear();
    if (map.size() >= 3)
        selectInPolygon(map, modifiers);
    canvas().update();
}

void SelectTool::clickAt(QPointF pixel, Qt::KeyboardModifiers modifiers)
{
    const std::shared_ptr<const MapSnapshot> snapshot = canvas().snapshot();
    if (!snapshot)
        return;
    const MapViewport &viewport = canvas().viewport();
    // A click on the edge of a symbol as drawn selects it, as identify finds it.
    const QList<FeatureHit> hits =
        featuresAt(*snapshot, viewport.toMap(pixel), kClickTolerancePixels * viewport.mapUnitsPerPixel(),
                   m_layers(), 1, symbolReach(canvas().style(), viewport.mapUnitsPerPixel()));
    const FeatureSelection::Mode mode = modeFor(modifiers, true);
    if (hits.isEmpty()) {
        // A click on empty ground starts afresh, as in every other program.
        if (mode == FeatureSelection::Mode::Replace)
            m_selection.clear();
        return;
    }
    m_selection.select(hits.first().table, {hits.first().id}, mode);
}

void SelectTool::selectInPolygon(const QPolygonF &mapPolygon, Qt::KeyboardModifiers modifiers)
{
    const std::shared_ptr<const MapSnapshot> snapshot = canvas().snapshot();
    if (!snapshot)
        return;
    const FeatureIds found = featuresInPolygon(*snapshot, mapPolygon, m_layers());
    const FeatureSelection::Mode mode = modeFor(modifiers, false);
    if (mode == FeatureSelection::Mode::Replace) {
        m_selection.setAll(found);
        return;
    }
    // Every layer at once, so that the selection changes (and is drawn) once.
    FeatureIds next;
    for (const QString &table : m_selection.tables())
        next.insert(table, m_selection.ids(table));
    for (auto it = found.begin(); it != found.end(); ++it) {
        if (mode == FeatureSelection::Mode::Add)
            next[it.key()].unite(it.value());
        else
            next[it.key()].subtract(it.value());
    }
    m_selection.setAll(next);
}

void SelectTool::paint(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kBandColour, 1.5, Qt::DashLine));
    QColor fill = kBandColour;
    fill.setAlpha(40);
    painter.setBrush(fill);
    if (m_dragging && m_shape == Shape::Rectangle)
        painter.drawRect(QRectF(m_start, m_end).normalized());
    if (!m_polygon.isEmpty()) {
        QPolygonF outline = m_polygon;
        outline.append(m_hover);
        painter.drawPolygon(outline);
        painter.setBrush(kBandColour);
        for (const QPointF &p : std::as_const(m_polygon))
            painter.drawEllipse(p, 2.5, 2.5);
    }
}

} // namespace uo
