#include "app/workstation/edit_tools/edit_overlay.h"

#include "app/workstation/edit_tools/edit_document.h"

namespace uo::edit {

EditOverlay::EditOverlay(MapCanvas &canvas, EditDocument &document) : MapOverlay(canvas)
{
    connect(&document, &EditDocument::changed, this, [this, &document] {
        m_painter.setScene(document.scene());
        changed();
    });
}

void EditOverlay::setDrag(const EditDrag &drag)
{
    m_drag = drag;
    changed();
}

void EditOverlay::paint(QPainter &painter, const MapViewport &viewport)
{
    m_painter.paint(painter, viewport, m_drag);
}

} // namespace uo::edit
