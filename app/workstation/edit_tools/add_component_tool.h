#pragma once

#include "app/workstation/map_tools/map_tool.h"

namespace uo::edit {

class EditDocument;

// Places new components of one class: each click adds one, identified with the next free serial of the
// district and class, snapped to the roads like a move. Each placement is one undo step.
class AddComponentTool : public MapTool
{
    Q_OBJECT

public:
    AddComponentTool(MapCanvas &canvas, EditDocument &document);

    void setComponentClass(const QString &code, const QString &name);
    const QString &classCode() const { return m_code; }
    // Adds one at a map point; returns the new row's (session) id, 0 when nothing was added.
    qint64 addAt(QPointF mapPoint);

    bool mousePress(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;

signals:
    void added(qint64 sessionId);

private:
    EditDocument &m_document;
    QString m_code, m_name;
};

} // namespace uo::edit
