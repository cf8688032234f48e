#include "core/sql/pg_backend.h"

#include "core/server/pg_connection.h"
#include "core/server/server_district.h"
#include "core/sql/database.h"
#include "core/sql/pg_statement.h"
#include "core/store/store_error.h"

#include <libpq-fe.h>

namespace uo::sql {

PgBackend::PgBackend(std::unique_ptr<server::ServerDistrict> district) : m_district(std::move(district)) {}

PgBackend::~PgBackend() = default;

std::unique_ptr<Database> PgBackend::open(const server::ServerUrl &url, bool readOnly)
{
    auto district = server::ServerDistrict::open(url);
    if (readOnly)
        district->connection().setUpSession("SET default_transaction_read_only = on");
    const QString location = district->connection().url().withDistrict(district->name()).display();
    return std::make_unique<Database>(std::make_unique<PgBackend>(std::move(district)), location, readOnly);
}

void PgBackend::exec(const QByteArray &sql)
{
    m_district->connection().exec(sql);
}

std::unique_ptr<StatementImpl> PgBackend::prepare(const QByteArray &sql)
{
    return std::make_unique<PgStatement>(m_district->connection(), sql);
}

qint64 PgBackend::lastInsertId() const
{
    // A programming error, never a user's: the audit trigger inserts too, so lastval() would be its row's;
    // every insert whose id is wanted says RETURNING id, which both engines read.
    throw StoreError(StoreError::Kind::Sql,
                     QStringLiteral("lastInsertId() on a server district: the insert must say RETURNING id"));
}

int PgBackend::changes() const
{
    return int(m_district->connection().lastChanges());
}

bool PgBackend::inTransaction() const
{
    return m_district->connection().inTransaction();
}

void PgBackend::begin()
{
    m_district->connection().exec("BEGIN");
}

void PgBackend::commit(const QByteArray &sql)
{
    server::Connection &connection = m_district->connection();
    connection.flushQueued(); // a queued write that fails fails the commit
    // After a failed statement PostgreSQL answers COMMIT with ROLLBACK, without an error: that must not
    // pass for a commit.
    const bool aborted = PQtransactionStatus(connection.handle()) == PQTRANS_INERROR;
    // sql::Transaction's own words: COMMIT ends the transaction, RELEASE one of its savepoints.
    if (sql == "COMMIT")
        connection.commit(tr("committing a transaction"));
    else
        connection.exec(sql, tr("committing a transaction"));
    if (aborted)
        throw StoreError(
            StoreError::Kind::Sql,
            tr("A step of this change failed on the district server %1, so none of it was saved.")
                .arg(connection.url().display()));
}

void PgBackend::rollback(const QByteArray &sql) noexcept
{
    server::Connection &connection = m_district->connection();
    if (sql == "ROLLBACK") {
        connection.rollback();
    } else {
        connection.discardQueued();
        PQclear(PQexec(connection.handle(), sql.constData()));
    }
}

void PgBackend::execForSession(const QByteArray &sql)
{
    m_district->connection().setUpSession(sql);
}

} // namespace uo::sql
