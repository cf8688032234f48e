#include "app/workstation/edit_tools/edit_document.h"

#include "app/workstation/edit_tools/edit_command.h"
#include "core/store/layers.h"

#include <QFile>
#include <QUndoStack>

namespace uo::edit {

const QStringList &EditDocument::editableTables()
{
    static const QStringList tables{tableOf(Layer::Components), tableOf(Layer::RiskPoints),
                                    tableOf(Layer::Shops)};
    return tables;
}

EditDocument::EditDocument(QUndoStack *undoStack, QObject *parent) : QObject(parent), m_undoStack(undoStack)
{
}

EditDocument::~EditDocument() = default;

void EditDocument::setStore(DistrictStore *store)
{
    m_store = store;
    m_session = store ? std::make_unique<EditSession>(*store) : nullptr;
    m_editing = false;
    refresh();
    emit editingChanged(false);
}

void EditDocument::setEditing(bool editing)
{
    editing = editing && m_session;
    if (editing == m_editing)
        return;
    m_editing = editing;
    emit editingChanged(editing);
}

bool EditDocument::push(const EditAction &action)
{
    if (!m_session || action.isEmpty())
        return false;
    m_undoStack->push(new EditCommand(*this, action));
    return true;
}

void EditDocument::applyAction(const EditAction &action)
{
    if (!m_session)
        return;
    m_session->apply(action);
    refresh();
}

void EditDocument::revertAction(const EditAction &action)
{
    if (!m_session)
        return;
    m_session->revert(action);
    refresh();
}

SaveResult EditDocument::save(const std::function<bool(int)> &onLocked)
{
    if (!m_session)
        return {};
    SaveOptions options;
    options.onLocked = onLocked;
    const SaveResult result = m_session->save(options);
    // The history stays, shared with the window's other commands: the actions name the saved rows by
    // their store ids from now on, and undoing one is a new edit of them.
    for (EditCommand *command : std::as_const(m_commands))
        command->renameSavedRows(result);
    refresh();
    if (!result.tables.isEmpty())
        emit saved(result.tables);
    return result;
}

void EditDocument::discard()
{
    if (!m_session)
        return;
    if (!m_session->hasChanges())
        return;
    // An action like any other, so that the history before it stays true and an undo brings the edits
    // back; the journal goes with the last pending row.
    EditAction action{tr("Discard edits"), {}};
    for (const FeatureKey &key : m_session->changedKeys()) {
        const PendingRow *row = m_session->pending(key);
        action.steps.append({key, row->current, row->original});
    }
    m_undoStack->push(new EditCommand(*this, action));
}

void EditDocument::discardJournal(const QString &journalPath)
{
    QFile::remove(journalPath);
}

bool EditDocument::recover(const QString &journalPath)
{
    if (!m_session || !m_session->recover(journalPath))
        return false;
    m_undoStack->clear(); // the journal holds the rows, not their history
    setEditing(true);
    refresh();
    return true;
}

void EditDocument::refresh()
{
    m_scene = m_session ? EditScene::of(*m_session) : EditScene();
    emit changed();
}

} // namespace uo::edit
