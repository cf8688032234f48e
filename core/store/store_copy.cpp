#include "core/store/store_copy.h"

#include "core/store/district_store.h"

#include "core/sql/database.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <sqlite3.h>

namespace uo {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(uo::StoreCopy)
};
} // namespace

void copyStore(sql::Database &source, const QString &target, const QString &doing)
{
    const QString partial = target + QStringLiteral(".partial");
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(partial + QLatin1String(suffix)); // left by an earlier copy that was killed
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(partial.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source.handle(), "main");
        rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(dest);
        if (backup)
            sqlite3_backup_finish(backup);
        rc = (rc == SQLITE_DONE || rc == SQLITE_OK) ? SQLITE_OK : rc;
    }
    const StoreError error = sqliteError(rc, dest ? sqlite3_errmsg(dest) : nullptr, target, doing);
    // Closing the last connection folds the copy's WAL into it: one whole file to rename.
    sqlite3_close(dest);
    if (rc == SQLITE_OK) {
        QFile::remove(target);
        if (QFile::rename(partial, target))
            return;
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(partial + QLatin1String(suffix));
    if (rc != SQLITE_OK)
        throw error;
    throw StoreError(
        StoreError::Kind::ReadOnly,
        Text::tr("%1 could not be written while %2.").arg(QDir::toNativeSeparators(target), doing));
}

void copyStore(DistrictStore &source, const QString &target, const QString &doing)
{
    copyStore(source.db(), target, doing);
}

} // namespace uo
