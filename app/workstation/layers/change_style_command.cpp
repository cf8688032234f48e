#include "app/workstation/layers/change_style_command.h"

#include "app/workstation/layers/style_document.h"

namespace uo {

namespace {
constexpr int kCommandId = 0x5737; // any number no other command of the window uses
}

ChangeStyleCommand::ChangeStyleCommand(StyleDocument &document, const DistrictStyle &before,
                                       const DistrictStyle &after, const QString &text, int session)
    : QUndoCommand(text), m_document(document), m_before(before), m_after(after), m_session(session)
{
}

void ChangeStyleCommand::redo()
{
    m_document.setStyle(m_after);
}

void ChangeStyleCommand::undo()
{
    m_document.setStyle(m_before);
}

int ChangeStyleCommand::id() const
{
    // Only the changes of one dialog merge; a checkbox or a drag is a step of its own.
    return m_session > 0 ? kCommandId : -1;
}

bool ChangeStyleCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeStyleCommand *>(other);
    if (next->m_session != m_session)
        return false;
    m_after = next->m_after;
    // A dialog cancelled, or its changes taken back, leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace uo
