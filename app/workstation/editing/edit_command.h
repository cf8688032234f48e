#pragma once

#include "edit/edit_action.h"

#include <QPointer>
#include <QUndoCommand>

namespace uo::edit {

class EditDocument;

// One user action of an edit session on the window's undo stack: redo applies its row steps to the
// session, undo reverts them. Nothing reaches the store until the session is saved.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EditDocument &document, EditAction action);

    void redo() override;
    void undo() override;

private:
    QPointer<EditDocument> m_document;
    EditAction m_action;
};

} // namespace uo::edit
