#pragma once

#include "core/edit_session/edit_session.h"

#include <QMap>
#include <functional>

namespace uo::edit {

// What a change written straight to the store (not through an edit session) is about: one row of values
// per thing it changes (a segment's people, a person, a permit's columns), by key. No value: no such
// thing (not made yet, or deleted).
using Rows = QMap<FeatureKey, RowState>;

struct CheckedWrite
{
    bool written = false;      // the store held what was expected and now holds what was wanted
    QList<Conflict> conflicts; // someone else changed the rows: nothing was written
};

// Writes a change only over the state it expects. The rows are read (`read`); when every one already is
// as `wanted` nothing is written (e.g. the redo that QUndoStack::push calls for a change already made).
// Otherwise, in one write transaction so that nobody changes them between the look and the write (on a
// server the stored rows named by `expected` and `wanted` are locked first, see LockedRows), they
// are read again: when each is as `expected` (or already as wanted) `write` runs and the transaction
// commits; when any is neither, nothing is written and each such row is returned as a conflict
// (original: expected, mine: wanted, theirs: as it is now). `force` writes whatever the rows hold (the
// user chose to keep their change over someone else's). Throws StoreError when the store is read-only
// or the write fails; the transaction then leaves everything as it was.
CheckedWrite writeChecked(DistrictStore &store, const std::function<Rows()> &read, const Rows &expected,
                          const Rows &wanted, const std::function<void()> &write, bool force = false);

} // namespace uo::edit
