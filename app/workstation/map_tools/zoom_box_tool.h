#pragma once

#include "app/workstation/map_tools/map_tool.h"

#include <QPointF>

namespace uo {

// Zoom box: drag a rectangle to show just it; a click without a drag zooms in twice about the point,
// and the right button zooms out the same way.
class ZoomBoxTool : public MapTool
{
    Q_OBJECT

public:
    using MapTool::MapTool;

    QCursor cursor() const override { return Qt::CrossCursor; }
    void deactivated() override { m_dragging = false; }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;

private:
    bool m_dragging = false;
    QPointF m_start, m_end;
};

} // namespace uo
