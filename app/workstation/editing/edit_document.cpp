#include "edit_document.h"

#include "edit_command.h"

#include <QUndoStack>

namespace uo::edit {

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
    // Saving ends the undo history: new rows have their store ids now, and an undo would have to be a
    // new edit of the saved rows.
    m_undoStack->clear();
    refresh();
    if (!result.tables.isEmpty())
        emit saved(result.tables);
    return result;
}

void EditDocument::discard()
{
    if (!m_session)
        return;
    m_session->discard();
    m_undoStack->clear(); // the commands' rows are gone
    refresh();
}

bool EditDocument::recover()
{
    if (!m_session || !m_session->recover())
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
