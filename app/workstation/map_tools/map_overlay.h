#pragma once

#include <QObject>

class QPainter;

namespace uo {

class MapCanvas;
class MapViewport;

// Something drawn over the rendered map and redrawn on its own, without a new render: the selection's
// highlight, a permit's dug area and the checks' findings, the point being dragged. Overlays are drawn
// in the order they were added, under the current tool's drawing. Call changed() after a change.
class MapOverlay : public QObject
{
    Q_OBJECT

public:
    // Adds itself to the canvas; the canvas owns it.
    explicit MapOverlay(MapCanvas &canvas);
    ~MapOverlay() override;

    MapCanvas &canvas() const { return m_canvas; }
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);

    // `viewport` is the canvas's current one; the painter draws in its logical pixels.
    virtual void paint(QPainter &painter, const MapViewport &viewport) = 0;

protected:
    // Asks the canvas to repaint (only the overlays and the last picture, never a new render).
    void changed();

private:
    MapCanvas &m_canvas;
    bool m_visible = true;
};

} // namespace uo
