#pragma once

#include "app/workstation/map_tools/map_tool.h"

#include <QPointF>
#include <QString>

namespace uo::edit {

class EditDocument;
class EditOverlay;

// Moves a point feature (component, risk point, shop) by dragging it, snapping to road vertices and
// centrelines; the move is one undo step. While dragging only the edit overlay repaints.
class MoveTool : public MapTool
{
    Q_OBJECT

public:
    MoveTool(MapCanvas &canvas, EditDocument &document, EditOverlay &overlay);

    QCursor cursor() const override { return Qt::SizeAllCursor; }
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void deactivated() override;

private:
    QPointF snapped(QPointF pixel, int *kind) const;
    void cancel();

    EditDocument &m_document;
    EditOverlay &m_overlay;
    QString m_table;
    qint64 m_id = 0;
};

// The point feature under a pixel that editing may move: new and edited rows of the session first
// (the map picture does not show them yet), then the map snapshot.
bool editablePointAt(MapCanvas &canvas, EditDocument &document, QPointF pixel, QString *table, qint64 *id,
                     QPointF *where);

} // namespace uo::edit
