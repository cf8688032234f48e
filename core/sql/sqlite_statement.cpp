#include "core/sql/sqlite_statement.h"

#include "core/sql/sqlite_backend.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace uo::sql {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(uo::sql::Statement)
public:
    static QString preparing() { return tr("preparing a query"); }
    static QString stepping() { return tr("reading or writing rows"); }
    static QString binding() { return tr("binding a value"); }
};
constexpr int kSchemaRetries = 5;
} // namespace

SqliteStatement::SqliteStatement(SqliteBackend &db, const QByteArray &sql) : m_db(&db)
{
    sqlite3 *handle = db.sqliteHandle();
    int rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_stmt, nullptr);
    // Another program changed the schema (an import setting indexes aside, a migration): SQLite retries
    // once with the schema read again, which is not always enough when the statement's triggers reach
    // into SpatiaLite's virtual tables while the schema is being read again ("no such table"). The schema
    // read by then is the current one, so a few more attempts settle it.
    for (int attempt = 0; rc == SQLITE_SCHEMA && attempt < kSchemaRetries; ++attempt)
        rc = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, Text::preparing());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::check(int rc) const
{
    if (rc != SQLITE_OK)
        m_db->fail(rc, Text::binding());
}

void SqliteStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
}

void SqliteStatement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    check(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
}

void SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->fail(rc, Text::stepping());
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString SqliteStatement::columnName(int col) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, col));
}

bool SqliteStatement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double SqliteStatement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString SqliteStatement::text(int col) const
{
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!chars)
        return QString();
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, col));
}

const char *SqliteStatement::textData(int col) const
{
    return reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
}

const char *SqliteStatement::blobData(int col, int *size) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    *size = sqlite3_column_bytes(m_stmt, col);
    return static_cast<const char *>(data);
}

ValueType SqliteStatement::type(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return ValueType::Integer;
    case SQLITE_FLOAT:
        return ValueType::Real;
    case SQLITE_TEXT:
        return ValueType::Text;
    case SQLITE_BLOB:
        return ValueType::Blob;
    default:
        return ValueType::Null;
    }
}

} // namespace uo::sql
