#pragma once

#include "core/edit_session/edit_action.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <functional>
#include <memory>
#include <unordered_map>

namespace uo {
class DistrictStore;
namespace sql {
class Statement;
}
} // namespace uo

namespace uo::edit {

// A row the session has changed: as it was read from the store (what a save checks the store against)
// and as it is now. Either may be absent: a row added in the session, or one deleted.
struct PendingRow
{
    RowState original;
    RowState current;
};

// A row that someone else changed (or deleted) in the store since this session read it.
struct Conflict
{
    FeatureKey key;
    RowState original; // as this session read it
    RowState mine;     // as this session wants it
    RowState theirs;   // as the store holds it now
};

struct SaveResult
{
    int saved = 0;                         // rows written
    QList<Conflict> conflicts;             // left pending, nothing of them written
    QHash<qint64, qint64> newIds;          // negative session id -> id in the store, per saved new row
    QHash<FeatureKey, QString> renumbered; // new components whose identifier was taken meanwhile
    QSet<QString> tables;                  // tables written
};

struct SaveOptions
{
    // Called while another workstation holds the write lock, with how long the save has waited so far;
    // return false to give up (the save then throws StoreError Locked and nothing is written).
    std::function<bool(int waitedMs)> onLocked;
    // Called after each row is written inside the transaction (for progress, and for tests).
    std::function<void(int done, int total)> onProgress;
    // Called after the save committed, before the journal is rewritten (for tests of a stop in between).
    std::function<void()> onCommitted;
    int lockTimeoutMs = 60000;
};

// The edits made on one district store and not yet saved. Actions are computed from the session's
// view of the rows (pending values over the store), applied and reverted as whole-row steps, so that
// the application can wrap each in one undo command. Saving writes every pending row in one
// transaction with the store's audit log; a row changed by someone else since it was read is left
// pending as a conflict while the others save. After each change the pending rows are written to a
// journal next to the store so that a crash loses nothing.
class EditSession
{
    Q_DECLARE_TR_FUNCTIONS(uo::edit::EditSession)

public:
    // Statements are kept only for the length of one call, so the session holds nothing open on the
    // store's connection between calls.
    explicit EditSession(DistrictStore &store);
    ~EditSession();
    EditSession(const EditSession &) = delete;
    EditSession &operator=(const EditSession &) = delete;

    DistrictStore &store() { return m_store; }

    // The row as this session sees it; nullopt when there is none (or it was deleted here).
    RowState row(const FeatureKey &key);

    // Actions, computed but not applied. Values are checked against the table's columns (RequestError
    // otherwise); rows that would not change are left out, so an action may be empty.
    // `shown`: the values of these columns as a form or the attribute table showed them to the user,
    // perhaps a while ago. A value the user left as shown is no change (another workstation's change
    // of it since stays), and a value the user changed is a change of the value shown: had another
    // workstation changed it meanwhile, the save reports a conflict instead of writing over theirs.
    EditAction setValues(const QString &table, const QList<qint64> &ids, const QVariantMap &values,
                         const QString &text, const QVariantMap &shown = {});
    EditAction insertRow(const QString &table, const QVariantMap &values, const QString &text);
    EditAction deleteRows(const QString &table, const QList<qint64> &ids, const QString &text);
    // Several actions as one (e.g. a point moved with the records added to it).
    static EditAction combine(const QString &text, const QList<EditAction> &actions);

    void apply(const EditAction &action);
    void revert(const EditAction &action);

    bool hasChanges() const { return !m_pending.isEmpty(); }
    int changeCount() const { return int(m_pending.size()); }
    QList<FeatureKey> changedKeys() const;
    const PendingRow *pending(const FeatureKey &key) const;
    // The new rows of a table as they are now (for identifier serials and drawing).
    QList<QVariantMap> newRows(const QString &table) const;

    // Forgets every pending change and removes the journal.
    void discard();
    SaveResult save(const SaveOptions &options = {});

    // Conflict choices: keep mine (the next save writes it over theirs) or take theirs (my change of
    // that row is dropped).
    void keepMine(const Conflict &conflict);
    void takeTheirs(const Conflict &conflict);

    // The session's own journal (see EditJournal). Written after every apply/revert unless disabled
    // (benchmarks).
    QString journalPath() const;
    void setJournalEnabled(bool enabled) { m_journalEnabled = enabled; }
    // Takes over the pending rows of a journal left by a session that ended without saving (the newest
    // one, or the one at `journalPath`); false when there is none. Throws StoreError Invalid when the
    // journal is unreadable or belongs to another store.
    bool recover(const QString &journalPath = QString());
    // Whether a session of this process with that id is open (see EditJournal::orphans).
    static bool isOpen(const QString &sessionId);

private:
    friend class SessionSaver;
    friend class EditJournal;

    QStringList columns(const QString &table);
    RowState readStored(const FeatureKey &key);
    // `original` is the row as the caller read it from the store, when it has; else it is read now.
    void setCurrent(const FeatureKey &key, const RowState &state, const RowState *original = nullptr);
    void writeJournal(const QList<FeatureKey> &keys);
    void rewriteJournal();

    DistrictStore &m_store;
    QHash<FeatureKey, PendingRow> m_pending;
    QHash<QString, QStringList> m_columns;
    std::unordered_map<std::string, std::unique_ptr<sql::Statement>> m_reads; // per table, for one call
    friend struct ReleaseReads;
    qint64 m_nextNewId = -1;
    QString m_sessionId;
    QDateTime m_started;
    int m_saves = 0;       // committed, as the store counts them (EditJournal::recordSave)
    QStringList m_adopted; // sessions whose journals this one took over
    bool m_journalEnabled = true;
    QSet<FeatureKey> m_journalKeys; // rows whose original is in the journal file
    qsizetype m_journalLines = 0;
};

// Drops the statements a session call prepared when it returns (or throws).
struct ReleaseReads
{
    EditSession &session;
    ~ReleaseReads();
};

} // namespace uo::edit
