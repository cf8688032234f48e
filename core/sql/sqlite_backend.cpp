#include "core/sql/sqlite_backend.h"

#include "core/sql/sqlite_statement.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QUrl>

// sqlite3.h first, in a block of its own: spatialite.h uses its types without including it.
#include <sqlite3.h>

#include <spatialite.h>

namespace uo::sql {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(uo::sql::Database)
public:
    static QString opening() { return tr("opening the file"); }
    static QString running() { return tr("running a database command"); }
};

class StatementText
{
    Q_DECLARE_TR_FUNCTIONS(uo::sql::Statement)
public:
    static QString transaction() { return tr("committing a transaction"); }
};

// How long a writer waits for another workstation's lock before giving up with a message.
constexpr int kBusyTimeoutMs = 10000;
} // namespace

SqliteBackend::SqliteBackend(const QString &path, OpenMode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    QByteArray name = path.toUtf8();
    switch (mode) {
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
        break;
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const StoreError error =
            sqliteError(rc, m_db ? sqlite3_errmsg(m_db) : nullptr, path, Text::opening());
        sqlite3_close(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    m_spatialiteCache = spatialite_alloc_connection();
    spatialite_init_ex(m_db, m_spatialiteCache, 0);
    // After SpatiaLite: its init sets a busy timeout of its own (5 s) over any set before.
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    exec("PRAGMA foreign_keys = ON");
}

SqliteBackend::~SqliteBackend()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    if (m_spatialiteCache)
        spatialite_cleanup_ex(m_spatialiteCache);
}

void SqliteBackend::exec(const QByteArray &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const StoreError error = sqliteError(rc, message, m_path, Text::running());
        sqlite3_free(message);
        throw error;
    }
}

std::unique_ptr<StatementImpl> SqliteBackend::prepare(const QByteArray &sql)
{
    return std::make_unique<SqliteStatement>(*this, sql);
}

qint64 SqliteBackend::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteBackend::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteBackend::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void SqliteBackend::begin()
{
    exec("BEGIN IMMEDIATE");
}

void SqliteBackend::commit(const QByteArray &sql)
{
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, StatementText::transaction());
}

void SqliteBackend::rollback(const QByteArray &sql) noexcept
{
    sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
}

void SqliteBackend::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
}

void SqliteBackend::fail(int code, const QString &doing) const
{
    throw sqliteError(code, sqlite3_errmsg(m_db), m_path, doing);
}

} // namespace uo::sql
