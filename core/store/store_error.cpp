#include "core/store/store_error.h"

#include <QDir>
#include <sqlite3.h>

namespace uo {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(uo::StoreError)

public:
    static QString forCode(int primary, const QString &file, const QString &doing, const QString &detail)
    {
        switch (primary) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return tr("%1 is locked by another program while %2; try again when it is done.")
                .arg(file, doing);
        case SQLITE_FULL:
            return tr("The disk holding %1 is full while %2; nothing of this step was saved.")
                .arg(file, doing);
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            return tr("%1 cannot be opened for writing while %2 (%3).").arg(file, doing, detail);
        case SQLITE_CORRUPT:
            return tr("%1 is damaged (%2) while %3.").arg(file, detail, doing);
        case SQLITE_NOTADB:
            return tr("%1 is not an SQLite database.").arg(file);
        default:
            return tr("Database error in %1 while %2: %3").arg(file, doing, detail);
        }
    }
};
} // namespace

StoreError::StoreError(Kind kind, const QString &message) : Error(message), m_kind(kind) {}

StoreError sqliteError(int code, const char *sqliteMessage, const QString &path, const QString &doing)
{
    const int primary = code & 0xff;
    const QString file = QDir::toNativeSeparators(path);
    const QString detail = QString::fromUtf8(sqliteMessage ? sqliteMessage : sqlite3_errstr(code));
    StoreError::Kind kind = StoreError::Kind::Sql;
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = StoreError::Kind::Locked;
        break;
    case SQLITE_FULL:
        kind = StoreError::Kind::DiskFull;
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        kind = StoreError::Kind::ReadOnly;
        break;
    case SQLITE_CORRUPT:
        kind = StoreError::Kind::Corrupt;
        break;
    case SQLITE_NOTADB:
        kind = StoreError::Kind::NotAStore;
        break;
    case SQLITE_CONSTRAINT:
        kind = StoreError::Kind::Invalid;
        break; // CHECK, UNIQUE, NOT NULL, geometry triggers
    default:
        break;
    }
    return StoreError(kind, Text::forCode(primary, file, doing, detail));
}

} // namespace uo
