#include "edit_command.h"

#include "edit_document.h"

namespace uo::edit {

EditCommand::EditCommand(EditDocument &document, EditAction action)
    : QUndoCommand(action.text), m_document(&document), m_action(std::move(action))
{
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
