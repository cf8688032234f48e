#include "app/workstation/map_tools/map_tool.h"

#include "app/workstation/map_canvas.h"

namespace uo {

MapTool::MapTool(MapCanvas &canvas) : QObject(&canvas), m_canvas(canvas) {}

MapTool::~MapTool()
{
    if (isActive())
        m_canvas.setTool(nullptr);
}

void MapTool::activate()
{
    m_canvas.setTool(this);
}

void MapTool::deactivate()
{
    if (isActive())
        m_canvas.setTool(nullptr);
}

bool MapTool::isActive() const
{
    return m_canvas.tool() == this;
}

} // namespace uo
