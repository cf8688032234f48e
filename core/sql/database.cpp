#include "core/sql/database.h"

#include "core/sql/sqlite_backend.h"
#include "core/sql/statement.h"
#include "core/store/store_error.h"

namespace uo::sql {

Database::Database(const QString &path, Mode mode)
    : m_backend(std::make_unique<SqliteBackend>(path, mode)), m_path(path),
      m_readOnly(mode == Mode::ReadOnly || mode == Mode::Immutable)
{
}

Database::Database(std::unique_ptr<Backend> backend, const QString &location, bool readOnly)
    : m_backend(std::move(backend)), m_path(location), m_readOnly(readOnly)
{
}

Database::~Database() = default;

void Database::exec(const QByteArray &sql)
{
    m_backend->exec(sql);
}

Statement Database::prepare(const QByteArray &sql)
{
    return Statement(*this, sql);
}

Statement Database::prepare(const Spellings &sql)
{
    return Statement(*this, spelled(sql));
}

qint64 Database::lastInsertId() const
{
    return m_backend->lastInsertId();
}

int Database::changes() const
{
    return m_backend->changes();
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
    if (auto *sqlite = dynamic_cast<const SqliteBackend *>(m_backend.get()))
        sqlite->fail(code, doing);
    throw StoreError(StoreError::Kind::Sql, QStringLiteral("%1: %2 (%3)").arg(m_path, doing).arg(code));
}

} // namespace uo::sql
