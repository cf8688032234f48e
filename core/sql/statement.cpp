#include "core/sql/statement.h"

#include "core/sql/bind_variant.h"
#include "core/sql/database.h"

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
    static QString transaction() { return tr("committing a transaction"); }
};
constexpr int kSchemaRetries = 5;
} // namespace

Statement::Statement(Database &db, const QByteArray &sql) : m_db(&db), m_sql(sql)
{
    int rc = sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &m_stmt, nullptr);
    // Another program changed the schema (an import setting indexes aside, a migration): SQLite retries
    // once with the schema read again, which is not always enough when the statement's triggers reach
    // into SpatiaLite's virtual tables while the schema is being read again ("no such table"). The schema
    // read by then is the current one, so a few more attempts settle it.
    for (int attempt = 0; rc == SQLITE_SCHEMA && attempt < kSchemaRetries; ++attempt)
        rc = sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, Text::preparing());
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt), m_sql(other.m_sql)
{
    other.m_stmt = nullptr;
}

static void check(Database *db, int rc)
{
    if (rc != SQLITE_OK)
        db->fail(rc, Text::binding());
}

Statement &Statement::bind(int index, qint64 value)
{
    check(m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(m_db, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    check(m_db, sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    check(m_db, sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    check(m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement &Statement::bindVariant(int index, const QVariant &value)
{
    return bindVariantTo(*this, index, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->fail(rc, Text::stepping());
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int col) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, col));
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!chars)
        return QString();
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, col));
}

const char *Statement::textData(int col) const
{
    return reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    int size = 0;
    const char *data = blobData(col, &size);
    return QByteArray(data, size);
}

const char *Statement::blobData(int col, int *size) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    *size = sqlite3_column_bytes(m_stmt, col);
    return static_cast<const char *>(data);
}

Statement::Type Statement::type(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return QVariant(int64(col));
    case SQLITE_FLOAT:
        return QVariant(real(col));
    case SQLITE_TEXT:
        return QVariant(text(col));
    case SQLITE_BLOB:
        return QVariant(blob(col));
    default:
        return QVariant();
    }
}

Transaction::Transaction(Database &db) : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    // Inside another transaction this one is a savepoint, so that an edit made of edits stays one
    // transaction and a failing part rolls back only itself unless the whole is abandoned.
    m_db.exec(m_nested ? "SAVEPOINT uo_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_nested)
        sqlite3_exec(m_db.handle(), "ROLLBACK TO uo_nested; RELEASE uo_nested", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    const int rc =
        sqlite3_exec(m_db.handle(), m_nested ? "RELEASE uo_nested" : "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        m_db.fail(rc, Text::transaction());
    m_open = false;
}

} // namespace uo::sql
