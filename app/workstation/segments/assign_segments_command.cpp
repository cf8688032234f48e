#include "app/workstation/segments/assign_segments_command.h"

#include "app/workstation/segments/segment_document.h"
#include "core/store/store_error.h"

namespace uo {

AssignSegmentsCommand::AssignSegmentsCommand(SegmentDocument *document, const QList<SegmentAssignment> &before,
                                             const QList<SegmentAssignment> &after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(before), m_after(after)
{
}

void AssignSegmentsCommand::write(const QList<SegmentAssignment> &state)
{
    try {
        m_document->writeAssignments(state);
    } catch (const StoreError &error) {
        // The store is as it was (one transaction); a step that cannot be taken leaves the stack.
        setObsolete(true);
        m_document->reportFailure(error.message());
    }
}

void AssignSegmentsCommand::undo()
{
    write(m_before);
}

void AssignSegmentsCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    write(m_after);
}

} // namespace uo
