#include "app/workstation/segments/person_command.h"

#include "app/workstation/segments/segment_document.h"
#include "core/store/store_error.h"

namespace uo {

PersonCommand::PersonCommand(SegmentDocument *document, const Person &before, const Person &after, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(before), m_after(after)
{
}

void PersonCommand::write(const Person &from, const Person &to)
{
    try {
        m_document->writePerson(from, to);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_document->reportFailure(error.message());
    }
}

void PersonCommand::undo()
{
    write(m_after, m_before);
}

void PersonCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    write(m_before, m_after);
}

} // namespace uo
