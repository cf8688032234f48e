#include "app/workstation/segments/segment_edit_command.h"

#include "app/workstation/segments/segment_document.h"
#include "core/store/store_error.h"

namespace uo {

SegmentEditCommand::SegmentEditCommand(SegmentDocument *document, const QList<RoadSegments> &before,
                                       const QList<RoadSegments> &after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(before), m_after(after)
{
}

void SegmentEditCommand::write(const QList<RoadSegments> &state)
{
    try {
        m_document->writeRoads(state);
    } catch (const StoreError &error) {
        // The store is as it was (one transaction); a step that cannot be taken leaves the stack.
        setObsolete(true);
        m_document->reportFailure(error.message());
    }
}

void SegmentEditCommand::undo()
{
    write(m_before);
}

void SegmentEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    write(m_after);
}

} // namespace uo
