#pragma once

#include "app/workstation/map_tools/map_tool.h"

#include <QList>
#include <QPointF>

namespace uo::edit {

class EditDocument;
class EditOverlay;

// Edits a road centreline by its vertices (issue #7; its segments stay valid, issue #4): click a road
// and its vertices show as handles; drag a handle (snapping to other roads' vertices and lines), double-
// click on the line to insert a vertex, right-click a handle (or select it and press Delete) to remove
// it. Each is one undo step of the edit session; the road's segments are cut again from the new line
// when the session is saved (RoadReshape, in the save's transaction). While dragging only the edit
// overlay and the handles repaint.
class VertexTool : public MapTool
{
    Q_OBJECT

public:
    VertexTool(MapCanvas &canvas, EditDocument &document, EditOverlay &overlay);

    QCursor cursor() const override { return Qt::PointingHandCursor; }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivated() override;

    // The road being edited (0: none) and its centreline as the session has it now.
    qint64 roadId() const { return m_roadId; }
    const QList<QPointF> &line() const { return m_line; }
    // The handle last clicked (-1: none): what Delete removes.
    int currentVertex() const { return m_current; }

    // The same as the mouse does, for the Delete key and tests. Each pushes one action; false (with a
    // message()) when it cannot be done.
    bool pickRoad(qint64 roadId);
    bool moveVertex(int index, QPointF to);
    bool insertVertex(QPointF near);
    bool deleteVertex(int index);

signals:
    // A sentence for the status bar: why something could not be done, or what a click does.
    void message(const QString &text);
    void currentVertexChanged();

private:
    void reload();
    int handleAt(QPointF pixel) const;
    bool onLine(QPointF pixel) const;
    QPointF snapped(QPointF pixel, int *kind) const;
    bool push(const QList<QPointF> &line, const QString &text);
    void cancelDrag();

    EditDocument &m_document;
    EditOverlay &m_overlay;
    qint64 m_roadId = 0;
    QList<QPointF> m_line;
    int m_current = -1;
    int m_dragged = -1;
};

} // namespace uo::edit
