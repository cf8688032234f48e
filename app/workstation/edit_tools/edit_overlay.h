#pragma once

#include "app/workstation/map_tools/map_overlay.h"
#include "gis/edit_scene/edit_scene.h"

namespace uo::edit {

class EditDocument;

// The unsaved edits over the map, and the feature being dragged. A drag only changes this overlay:
// the canvas repaints its last picture with the overlays, never a new render.
class EditOverlay : public MapOverlay
{
    Q_OBJECT

public:
    EditOverlay(MapCanvas &canvas, EditDocument &document);

    void setDrag(const EditDrag &drag);
    const EditDrag &drag() const { return m_drag; }
    void paint(QPainter &painter, const MapViewport &viewport) override;

private:
    EditPainter m_painter;
    EditDrag m_drag;
};

} // namespace uo::edit
