#pragma once

#include "core/edit_session/edit_action.h"

#include <QCoreApplication>

namespace uo::edit {

class EditSession;

// The unsaved rows of a session, in a file next to the store (`<store>.<host>-<user>.edits`), so that
// a crash loses nothing. One JSON object per line: a header, then a line per row each time an action
// changes it (the row as read on its first line, the row as it is now on every line), appended, so
// that an action costs what it changes and not what the session holds. A line cut short by a crash is
// the last one and is ignored. Saving, resolving a conflict and a journal grown well past the pending
// rows rewrite it whole (written aside, then renamed over). It keeps the rows, not the undo history: a
// recovered session starts with its edits in place and an empty history. Values keep their SQLite type
// (integer, real, text, blob) so that a recovered row compares equal to the one read.
class EditJournal
{
    Q_DECLARE_TR_FUNCTIONS(uo::edit::EditJournal)

public:
    // After an action: appends the rows it touched (or rewrites the file when it has grown too long).
    static void append(EditSession &session, const QList<FeatureKey> &keys);
    // The whole file again from the pending rows; removes it when there are none.
    static void rewrite(EditSession &session);
    static bool read(EditSession &session);

private:
    static void appendLine(QByteArray &out, EditSession &session, const FeatureKey &key, bool withOriginal);
};

} // namespace uo::edit
