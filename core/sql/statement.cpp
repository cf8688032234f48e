#include "core/sql/statement.h"

#include "core/sql/bind_variant.h"
#include "core/sql/database.h"

namespace uo::sql {

Statement::Statement(Database &db, const QByteArray &sql) : m_impl(db.backend().prepare(sql)) {}

Statement::~Statement() = default;

Statement::Statement(Statement &&other) noexcept : m_impl(std::move(other.m_impl)) {}

Statement &Statement::bind(int index, qint64 value)
{
    m_impl->bind(index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    m_impl->bind(index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    m_impl->bind(index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    m_impl->bindBlob(index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_impl->bindNull(index);
    return *this;
}

Statement &Statement::bindVariant(int index, const QVariant &value)
{
    return bindVariantTo(*this, index, value);
}

QByteArray Statement::blob(int col) const
{
    int size = 0;
    const char *data = blobData(col, &size);
    return QByteArray(data, size);
}

QVariant Statement::value(int col) const
{
    switch (type(col)) {
    case Type::Integer:
        return QVariant(int64(col));
    case Type::Real:
        return QVariant(real(col));
    case Type::Text:
        return QVariant(text(col));
    case Type::Blob:
        return QVariant(blob(col));
    case Type::Null:
        return QVariant();
    }
    return QVariant();
}

Transaction::Transaction(Database &db) : m_db(db), m_nested(db.backend().inTransaction())
{
    // Inside another transaction this one is a savepoint, so that an edit made of edits stays one
    // transaction and a failing part rolls back only itself unless the whole is abandoned.
    if (m_nested)
        m_db.exec("SAVEPOINT uo_nested");
    else
        m_db.backend().begin();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    m_db.backend().rollback(m_nested ? "ROLLBACK TO uo_nested; RELEASE uo_nested" : "ROLLBACK");
}

void Transaction::commit()
{
    m_db.backend().commit(m_nested ? "RELEASE uo_nested" : "COMMIT");
    m_open = false;
}

} // namespace uo::sql
