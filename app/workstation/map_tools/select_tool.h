#pragma once

#include "app/workstation/map_tools/map_tool.h"

#include <QPolygonF>
#include <QSet>
#include <functional>

namespace uo {

class FeatureSelection;

// Selects features on the map: a click takes the topmost feature under the pointer, a drag (rectangle
// mode) or a polygon of clicks closed by a double click or Enter (polygon mode) takes everything it
// meets. Shift adds to the selection; Ctrl toggles what a click hits and removes what a shape takes;
// Esc stops the shape being drawn, or else clears the selection.
class SelectTool : public MapTool
{
    Q_OBJECT

public:
    enum class Shape
    {
        Rectangle,
        Polygon
    };
    // The layers that can be selected now (the visible ones, less the background areas).
    using LayerFilter = std::function<QSet<QString>()>;

    SelectTool(MapCanvas &canvas, FeatureSelection &selection, Shape shape, LayerFilter layers);

    // A click hits what lies within this many pixels: the radius of the point symbols.
    static constexpr double kClickTolerancePixels = 5.0;

    Shape shape() const { return m_shape; }
    void deactivated() override;
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;

private:
    void clickAt(QPointF pixel, Qt::KeyboardModifiers modifiers);
    void selectInPolygon(const QPolygonF &mapPolygon, Qt::KeyboardModifiers modifiers);
    void finishPolygon(Qt::KeyboardModifiers modifiers);

    FeatureSelection &m_selection;
    Shape m_shape;
    LayerFilter m_layers;
    bool m_dragging = false;
    QPointF m_start, m_end;
    QPolygonF m_polygon; // pixels, while a polygon is being drawn
    QPointF m_hover;
};

} // namespace uo
