#pragma once

#include "core/edit_session/edit_session.h"
#include "core/sql/statement.h"

#include <memory>
#include <unordered_map>

namespace uo::edit {

// Writes a session's pending rows in one transaction. Each row that was read from the store is read
// again and locked before anything is written (LockedRows: on a server row by row in id order, on a file
// under the store's write lock) and compared with the row as read: someone else's change of other
// columns is kept beside mine (mergeRow); a column, or the geometry, we both changed differently, or a
// row they deleted, is a conflict, left pending. Everything else is written and audited. Deletes go
// first (children before parents), then new rows (parents first, so a record can point at a new risk
// point), then updates.
class SessionSaver
{
    Q_DECLARE_TR_FUNCTIONS(uo::edit::SessionSaver)

public:
    SessionSaver(EditSession &session, const SaveOptions &options);
    SaveResult run();

private:
    void begin();
    // Reads every stored row the save changes as the store holds it now, and holds it to the commit.
    void lockStoredRows(const QList<FeatureKey> &keys);
    void saveRow(const FeatureKey &key, SaveResult &result, QList<FeatureKey> &done);
    qint64 insert(const FeatureKey &key, QVariantMap row, SaveResult &result);
    // Writes the columns in which `current` differs from `original` (as the store holds the row now);
    // false when there are none.
    bool update(const FeatureKey &key, const QVariantMap &original, const QVariantMap &current);
    void remove(const FeatureKey &key, const QVariantMap &original);
    QVariantMap resolveReferences(QVariantMap row, const SaveResult &result) const;
    // Through the store's one audit insert, every row of the save at the same moment.
    void audit(const char *action, const QString &table, qint64 rowId, const QVariantMap &oldValues,
               const QVariantMap &newValues);
    sql::Statement &statement(const QByteArray &sql);

    EditSession &m_session;
    SaveOptions m_options;
    QString m_time;
    QHash<FeatureKey, RowState> m_theirs; // the stored rows as locked for this save
    bool m_identsHeld = false;            // the components' numbering, held until the commit
    std::unordered_map<std::string, std::unique_ptr<sql::Statement>> m_statements;
};

} // namespace uo::edit
