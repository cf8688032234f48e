#include "app/workstation/map_tools/map_overlay.h"

#include "app/workstation/map_canvas.h"

namespace uo {

MapOverlay::MapOverlay(MapCanvas &canvas) : QObject(&canvas), m_canvas(canvas)
{
    m_canvas.addOverlay(this);
}

MapOverlay::~MapOverlay()
{
    m_canvas.removeOverlay(this);
}

void MapOverlay::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    changed();
}

void MapOverlay::changed()
{
    m_canvas.update();
}

} // namespace uo
