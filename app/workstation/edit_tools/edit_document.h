#pragma once

#include "core/edit_session/edit_session.h"
#include "gis/edit_scene/edit_scene.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QUndoStack;

namespace uo {
class DistrictStore;
}

namespace uo::edit {

class EditCommand;

// The edit session of the window's open district, for the widgets: edits are pushed as one undo
// command each on the window's stack; the scene the overlay draws follows every change; saving tells
// the map which layers to read again. Editing is off until the user turns it on (or recovers edits).
class EditDocument : public QObject
{
    Q_OBJECT

public:
    // The point layers a user adds, moves, deletes and fills in feature by feature; the others change
    // through their own tools.
    static const QStringList &editableTables();

    EditDocument(QUndoStack *undoStack, QObject *parent = nullptr);
    ~EditDocument() override;

    // Follows the window: a store opened, or none.
    void setStore(DistrictStore *store);
    DistrictStore *store() const { return m_store; }
    EditSession *session() const { return m_session.get(); }

    bool isEditing() const { return m_editing; }
    void setEditing(bool editing);
    bool hasChanges() const { return m_session && m_session->hasChanges(); }
    int changeCount() const { return m_session ? m_session->changeCount() : 0; }

    // Pushes one user action (nothing when it is empty); false when there is nothing to do.
    bool push(const EditAction &action);
    // Saves; `onLocked` is told while another workstation holds the file (see SaveOptions). The undo
    // history stays: undoing a saved action is a new edit.
    SaveResult save(const std::function<bool(int waitedMs)> &onLocked = {});
    // Puts every pending row back as the store has it, as one undoable action.
    void discard();
    // Takes over the edits of an ended session's journal (see EditJournal); editing turns on.
    bool recover(const QString &journalPath);
    // Throws away the edits of an ended session's journal.
    void discardJournal(const QString &journalPath);

    const EditScene &scene() const { return m_scene; }

    // For EditCommand.
    void applyAction(const EditAction &action);
    void revertAction(const EditAction &action);
    void attach(EditCommand *command) { m_commands.insert(command); }
    void detach(EditCommand *command) { m_commands.remove(command); }

signals:
    void changed();
    void editingChanged(bool editing);
    // After a save: the tables written (the map reads them again).
    void saved(const QSet<QString> &tables);

private:
    void refresh();

    QUndoStack *m_undoStack;
    DistrictStore *m_store = nullptr;
    std::unique_ptr<EditSession> m_session;
    EditScene m_scene;
    bool m_editing = false;
    QSet<EditCommand *> m_commands; // on the undo stack, renamed after a save
};

} // namespace uo::edit
