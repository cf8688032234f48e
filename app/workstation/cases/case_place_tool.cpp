#include "app/workstation/cases/case_place_tool.h"

#include "app/workstation/map_canvas.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace uo {

bool CasePlaceTool::mousePress(QMouseEvent *event)
{
    return event->button() == Qt::LeftButton;
}

bool CasePlaceTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF point = canvas().viewport().toMap(event->position());
    deactivate();
    emit placed(point);
    return true;
}

bool CasePlaceTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape)
        return false;
    deactivate();
    return true;
}

} // namespace uo
