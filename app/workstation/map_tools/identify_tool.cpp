#include "app/workstation/map_tools/identify_tool.h"

#include "app/workstation/map_canvas.h"
#include "gis/render/symbol_reach.h"

#include <QMouseEvent>

namespace uo {

IdentifyTool::IdentifyTool(MapCanvas &canvas, LayerFilter layers)
    : MapTool(canvas), m_layers(std::move(layers))
{
}

bool IdentifyTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressing = true;
    m_pressed = event->position();
    return true;
}

bool IdentifyTool::mouseRelease(QMouseEvent *event)
{
    if (!m_pressing || event->button() != Qt::LeftButton)
        return false;
    m_pressing = false;
    emit identified(identifyAt(m_pressed), canvas().viewport().toMap(m_pressed));
    return true;
}

QList<FeatureHit> IdentifyTool::identifyAt(QPointF pixel) const
{
    const std::shared_ptr<const MapSnapshot> snapshot = canvas().snapshot();
    if (!snapshot)
        return {};
    const MapViewport &viewport = canvas().viewport();
    // A few pixels beyond each symbol as drawn: its edge is part of it.
    return featuresAt(*snapshot, viewport.toMap(pixel), kTolerancePixels * viewport.mapUnitsPerPixel(),
                      m_layers(), 20, symbolReach(canvas().style(), viewport.mapUnitsPerPixel()));
}

} // namespace uo
