#include "core/sql/database.h"

#include "core/sql/statement.h"
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

// How long a writer waits for another workstation's lock before giving up with a message.
constexpr int kBusyTimeoutMs = 10000;
} // namespace

Database::Database(const QString &path, Mode mode) : m_path(path), m_mode(mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    QByteArray name = path.toUtf8();
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::Immutable:
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

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    if (m_spatialiteCache)
        spatialite_cleanup_ex(m_spatialiteCache);
}

void Database::exec(const QByteArray &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const StoreError error = sqliteError(rc, message, m_path, Text::running());
        sqlite3_free(message);
        throw error;
    }
}

Statement Database::prepare(const QByteArray &sql)
{
    return Statement(*this, sql);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::scalarInt(const QByteArray &sql)
{
    Statement st(*this, sql);
    return st.step() ? st.int64(0) : 0;
}

QString Database::scalarText(const QByteArray &sql)
{
    Statement st(*this, sql);
    return st.step() ? st.text(0) : QString();
}

void Database::fail(int code, const QString &doing) const
{
    throw sqliteError(code, sqlite3_errmsg(m_db), m_path, doing);
}

} // namespace uo::sql
