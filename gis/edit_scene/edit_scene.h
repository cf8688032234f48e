#pragma once

#include "gis/render/map_viewport.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QPolygonF>

class QPainter;

namespace uo::edit {

class EditSession;

// What the edit overlay draws, in map coordinates: the unsaved edits (the rendered map still shows the
// store). A plain value built from the session after each action, so that a frame only draws, never
// reads or decodes.
struct EditScene
{
    QList<QPointF> changed;   // edited point features, where they are now
    QList<QPointF> movedFrom; // where moved point features were
    QList<QPointF> added;
    QList<QPointF> removed;
    QList<QPolygonF> lines; // edited lines, as they are now

    bool isEmpty() const
    {
        return changed.isEmpty() && movedFrom.isEmpty() && added.isEmpty() && removed.isEmpty() &&
               lines.isEmpty();
    }
    static EditScene of(EditSession &session);
};

// The drag in progress: where it started, where the pointer (snapped) is now.
struct EditDrag
{
    enum class Snap
    {
        None,
        Vertex,
        Line
    };

    bool active = false;
    QPointF from, to;
    Snap snap = Snap::None;
    QPolygonF line; // a line whose vertex is being dragged, with the vertex where it is now
};

// Draws over the map: QtGui only, shared by the workstation's overlay and `bench edit`. The scene is
// drawn once per view into a picture of its own and that picture reused while the view stays, so a
// frame of a drag costs one image copy and the drag's marks however many edits are unsaved.
class EditPainter
{
public:
    void setScene(EditScene scene);
    const EditScene &scene() const { return m_scene; }
    void paint(QPainter &painter, const MapViewport &viewport, const EditDrag &drag);

private:
    EditScene m_scene;
    QImage m_cache;
    MapViewport m_cacheViewport;
    bool m_cacheValid = false;
};

void paintEditScene(QPainter &painter, const MapViewport &viewport, const EditScene &scene);
void paintEditDrag(QPainter &painter, const MapViewport &viewport, const EditDrag &drag);

} // namespace uo::edit
