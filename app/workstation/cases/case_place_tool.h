#pragma once

#include "app/workstation/map_tools/map_tool.h"

#include <QPointF>

namespace uo {

// Where a new case is: a click on the map. Escape stops.
class CasePlaceTool : public MapTool
{
    Q_OBJECT

public:
    using MapTool::MapTool;
    bool mousePress(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;

signals:
    void placed(QPointF mapPoint);
};

} // namespace uo
