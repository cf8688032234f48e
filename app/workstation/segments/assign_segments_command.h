#pragma once

#include "core/segments/segment_assignment.h"

#include <QUndoCommand>

namespace uo {

class SegmentDocument;

// One Apply of the assignment panel: the segments' people before and after. It is pushed after the
// change was written (so that a refusal never reaches the stack); its first redo does nothing.
class AssignSegmentsCommand : public QUndoCommand
{
public:
    AssignSegmentsCommand(SegmentDocument *document, const QList<SegmentAssignment> &before,
                          const QList<SegmentAssignment> &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    void write(const QList<SegmentAssignment> &state);

    SegmentDocument *m_document;
    QList<SegmentAssignment> m_before, m_after;
    bool m_applied = true;
};

} // namespace uo
