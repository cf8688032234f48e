#pragma once

#include "core/edit_session/edit_action.h"

#include <QPointer>
#include <QUndoCommand>

namespace uo::edit {

class EditDocument;
struct SaveResult;

// One user action of an edit session on the window's undo stack: redo applies its row steps to the
// session, undo reverts them. Nothing reaches the store until the session is saved; a save leaves the
// command on the stack, so that Ctrl+Z still undoes the last action whatever it was: undoing a saved
// action makes the opposite change a new unsaved edit.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EditDocument &document, EditAction action);
    ~EditCommand() override;

    void redo() override;
    void undo() override;

    // After a save (see renameSavedRows): the command then undoes and redoes as new edits of the saved rows.
    void renameSavedRows(const SaveResult &result);

private:
    QPointer<EditDocument> m_document;
    EditAction m_action;
};

} // namespace uo::edit
