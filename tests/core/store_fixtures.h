#pragma once

// Helpers the store tests share: files are made and inspected with the plain sqlite3 API, outside the
// store's own code, so that a test never checks the store with the code under test.

#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <sqlite3.h>

namespace uo::test {

// SHA-256 of a file's bytes; empty when there is no file, so "unchanged" also covers "still missing".
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QString kindName(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::NotFound:
        return QStringLiteral("NotFound");
    case StoreError::Kind::NotAStore:
        return QStringLiteral("NotAStore");
    case StoreError::Kind::Corrupt:
        return QStringLiteral("Corrupt");
    case StoreError::Kind::NewerVersion:
        return QStringLiteral("NewerVersion");
    case StoreError::Kind::Locked:
        return QStringLiteral("Locked");
    case StoreError::Kind::DiskFull:
        return QStringLiteral("DiskFull");
    case StoreError::Kind::ReadOnly:
        return QStringLiteral("ReadOnly");
    case StoreError::Kind::Invalid:
        return QStringLiteral("Invalid");
    case StoreError::Kind::Sql:
        return QStringLiteral("Sql");
    case StoreError::Kind::Unreachable:
        return QStringLiteral("Unreachable");
    case StoreError::Kind::Denied:
        return QStringLiteral("Denied");
    case StoreError::Kind::SignIn:
        return QStringLiteral("SignIn");
    }
    return QStringLiteral("unknown kind %1").arg(int(kind));
}

// Runs SQL on a file through sqlite3 alone (no SpatiaLite: not for tables with geometry triggers).
// Returns SQLite's message on failure, an empty string on success.
inline QString rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QString error;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) == SQLITE_OK) {
        char *message = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK)
            error = QString::fromUtf8(message ? message : "failed");
        sqlite3_free(message);
    } else {
        error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_close(db);
    return error;
}

// The first column of the first row, read-only; -1 when the query fails or returns nothing.
inline qint64 rawInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

inline DistrictSettings jiangbei(int srid = 4545)
{
    DistrictSettings settings;
    settings.countyCode = QStringLiteral("500105");
    settings.name = QStringLiteral("江北区");
    settings.srid = srid;
    return settings;
}

} // namespace uo::test
