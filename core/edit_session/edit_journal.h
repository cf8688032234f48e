#pragma once

#include "core/edit_session/edit_action.h"

#include <QCoreApplication>
#include <QDateTime>

namespace uo::edit {

class EditSession;

// A journal whose session ended without saving or discarding its edits: the program crashed or was
// killed, or the session was closed with its edits kept for later.
struct OrphanJournal
{
    QString path;
    QDateTime started; // when its session started
    int changes = 0;   // rows it holds (as counted from its lines)
};

// The unsaved rows of one session, in a file next to the store (`<store>.<host>-<user>.<session>.edits`),
// so that a crash loses nothing. One journal per session: two sessions of one user on one machine
// never share one, and a save or a discard removes only its own. One JSON object per line: a header
// (the session, whose process it is, how many saves of it the store had when the file was written),
// then a line per row each time an action changes it (the row as read on its first line, the row as it
// is now on every line), appended, so that an action costs what it changes and not what the session
// holds. A line cut short by a crash is the last one and is ignored. Saving, resolving a conflict and a
// journal grown well past the pending rows rewrite it whole (written aside, then renamed over). It keeps
// the rows, not the undo history: a recovered session starts with its edits in place and an empty
// history. Values keep their SQLite type (integer, real, text, blob) so that a recovered row compares
// equal to the one read.
//
// A save and its journal cannot double: each save records in the store, in its own transaction, how many
// saves its session has made (settings key `edit_save.<session>`). A journal that is behind that count
// belongs to a save that committed before the program stopped; recovering it drops what that save wrote.
class EditJournal
{
    Q_DECLARE_TR_FUNCTIONS(uo::edit::EditJournal)

public:
    // After an action: appends the rows it touched (or rewrites the file when it has grown too long).
    static void append(EditSession &session, const QList<FeatureKey> &keys);
    // The whole file again from the pending rows; removes it when there are none.
    static void rewrite(EditSession &session);
    // Takes over the rows of an orphan journal into `session` (which writes them to its own journal),
    // then removes the orphan. Throws StoreError Invalid when it is unreadable or of another store.
    static void adopt(EditSession &session, const QString &path);

    // `<store>.<host>-<user>.<session>.edits`
    static QString pathFor(const QString &storePath, const QString &sessionId);
    // This user's journals of the store on this machine whose sessions have ended, oldest first.
    static QList<OrphanJournal> orphans(const QString &storePath);

    // Inside a save's transaction: counts the save in the store (see above), and forgets the counts of
    // sessions that have not saved for a month.
    static void recordSave(EditSession &session);

private:
    static QByteArray header(EditSession &session);
    static void appendLine(QByteArray &out, EditSession &session, const FeatureKey &key, bool withOriginal);
    static int savesRecorded(EditSession &session, const QString &sessionId);
};

} // namespace uo::edit
