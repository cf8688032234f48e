#include "app/workstation/edit_tools/edit_command.h"

#include "app/workstation/edit_tools/edit_document.h"
#include "core/edit_session/edit_session.h"

namespace uo::edit {

EditCommand::EditCommand(EditDocument &document, EditAction action)
    : QUndoCommand(action.text), m_document(&document), m_action(std::move(action))
{
    document.attach(this);
}

EditCommand::~EditCommand()
{
    if (m_document)
        m_document->detach(this);
}

void EditCommand::renameSavedRows(const SaveResult &result)
{
    edit::renameSavedRows(m_action, result.newIds, result.renumbered);
}

void EditCommand::redo()
{
    if (m_document)
        m_document->applyAction(m_action);
}

void EditCommand::undo()
{
    if (m_document)
        m_document->revertAction(m_action);
}

} // namespace uo::edit
