#pragma once

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace uo {

class MapCanvas;

// What the mouse does on the map, besides panning and zooming: identify, select, draw, split, move.
// The canvas has at most one current tool and hands it every mouse and key event first; an event the
// tool does not take (returns false) pans, zooms or is ignored as without a tool. A tool may also draw
// what it is doing (a rubber band, a preview) on top of the map, in the canvas's pixels.
class MapTool : public QObject
{
    Q_OBJECT

public:
    explicit MapTool(MapCanvas &canvas);
    ~MapTool() override;

    MapCanvas &canvas() const { return m_canvas; }
    // Makes this the canvas's current tool, or gives the canvas back to panning.
    void activate();
    void deactivate();
    bool isActive() const;

    virtual QCursor cursor() const { return Qt::CrossCursor; }
    // Called by the canvas when the tool becomes current and when it stops being current.
    virtual void activated() {}
    virtual void deactivated() {}

    virtual bool mousePress(QMouseEvent *) { return false; }
    virtual bool mouseMove(QMouseEvent *) { return false; }
    virtual bool mouseRelease(QMouseEvent *) { return false; }
    virtual bool mouseDoubleClick(QMouseEvent *) { return false; }
    virtual bool keyPress(QKeyEvent *) { return false; }
    virtual void paint(QPainter &) {}

signals:
    // The canvas's current tool changed from or to this one.
    void activeChanged(bool active);

private:
    MapCanvas &m_canvas;
};

} // namespace uo
