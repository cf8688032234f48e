#pragma once

#include "core/edit_session/checked_write.h"
#include "core/store/store_error.h"

#include <QUndoCommand>
#include <functional>

namespace uo {

class DistrictStore;

// The document a write-through command belongs to (segments, permits): the store it writes to and how
// it tells the user. A change someone else made meanwhile is put to the user through resolveConflicts.
class StoreWriteTarget
{
public:
    // Someone else changed what `action` would write over; true: write it anyway (keep mine), false:
    // keep theirs. Set by the window's tools (a ConflictsDialog); unset, theirs are kept.
    std::function<bool(const QString &action, const QList<edit::Conflict> &conflicts)> resolveConflicts;

    // The open store when it may be written; throws a uo::Error saying why not otherwise.
    virtual DistrictStore &writableStore() = 0;
    virtual void reportFailure(const QString &message) = 0;

protected:
    ~StoreWriteTarget() = default;
};

// One user action written straight to the store, in the spirit of Tiled's ChangeValue: the state before
// and after, written back whole by undo and redo. The action is written before the command is pushed
// (only then are refusals known and the state after it); the redo() that QUndoStack::push calls finds
// the store already holding `after` and writes nothing. Every other undo and redo first checks, in the
// write's own transaction, that the store still holds what the command left there (edit::writeChecked);
// when another program (or another part of the window) changed it since, the user chooses: keep mine
// writes over theirs, keep theirs drops the step from the history. A step that fails leaves the store as
// it was and the history too.
template <typename State> class StoreWriteCommand : public QUndoCommand
{
public:
    void redo() final { step(m_before, m_after); }
    void undo() final { step(m_after, m_before); }

protected:
    StoreWriteCommand(StoreWriteTarget &target, State before, State after, const QString &text)
        : QUndoCommand(text), m_target(target), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    const State &before() const { return m_before; }
    const State &after() const { return m_after; }

    // The rows `state` stands for: what is compared with the store (see edit::Rows).
    virtual edit::Rows rows(const State &state) = 0;
    // The state now of what the command is about, as read from the store.
    virtual State read(DistrictStore &store) = 0;
    // Puts `state` into the store, inside the check's transaction.
    virtual void write(DistrictStore &store, const State &state) = 0;
    // After a step: tells the window what changed (signals, outside the transaction).
    virtual void announce() = 0;
    // A conflict as the user reads it (names for ids); as stored by default.
    virtual edit::Conflict shown(const edit::Conflict &conflict) { return conflict; }

private:
    void step(const State &from, const State &to)
    {
        try {
            DistrictStore &store = m_target.writableStore();
            const auto readRows = [this, &store] { return rows(read(store)); };
            const auto writeTo = [this, &store, &to] { write(store, to); };
            const edit::CheckedWrite check =
                edit::writeChecked(store, readRows, rows(from), rows(to), writeTo);
            if (!check.conflicts.isEmpty()) {
                QList<edit::Conflict> conflicts;
                for (const edit::Conflict &conflict : check.conflicts)
                    conflicts.append(shown(conflict));
                if (!m_target.resolveConflicts || !m_target.resolveConflicts(text(), conflicts)) {
                    setObsolete(true); // theirs stay; the history no longer holds this step
                    return;
                }
                edit::writeChecked(store, readRows, rows(from), rows(to), writeTo, true);
            }
            if (check.written || !check.conflicts.isEmpty())
                announce();
        } catch (const Error &error) {
            // The store is as it was (one transaction); a step that cannot be taken leaves the stack.
            setObsolete(true);
            m_target.reportFailure(error.message());
        }
    }

    StoreWriteTarget &m_target;
    State m_before, m_after;
};

} // namespace uo
