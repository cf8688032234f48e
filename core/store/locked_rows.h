#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace uo::sql {
class Database;
}

namespace uo {

// The rows a write is about to change, read as they are now and held for the rest of the write's
// transaction, so that nobody changes them between the look and the write. On a server each row is
// locked (SELECT ... FOR UPDATE) in id order, so two writers locking rows of one table never wait on each
// other in a circle; on a file the write transaction already holds the store's one write lock, and the
// rows are only read. A row is whole, as `SELECT *` reads it: on a server with its row_version, which the
// server raises on every update, so a row someone else changed never reads as the one read before.
class LockedRows
{
public:
    // Inside an open write transaction. By id; an id without a row (deleted) is left out.
    static QHash<qint64, QVariantMap> lock(sql::Database &db, const QString &table, QList<qint64> ids);
    // One row; empty when there is none.
    static QVariantMap lockOne(sql::Database &db, const QString &table, qint64 id);
};

} // namespace uo
