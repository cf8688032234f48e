#pragma once

#include "core/segments/segment_editor.h"

#include <QList>
#include <QUndoCommand>

namespace uo {

class SegmentDocument;

// One split, merge, boundary move, rename or set of applied proposals: the segments of every road it
// touched before and after, which undo and redo write back whole (ids and people included).
class SegmentEditCommand : public QUndoCommand
{
public:
    SegmentEditCommand(SegmentDocument *document, const QList<RoadSegments> &before,
                       const QList<RoadSegments> &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    void write(const QList<RoadSegments> &state);

    SegmentDocument *m_document;
    QList<RoadSegments> m_before, m_after;
    bool m_applied = true; // the edit is in the store when pushed: the first redo has nothing to do
};

} // namespace uo
