#pragma once

#include "core/sql/backend.h"

#include <QCoreApplication>
#include <memory>

namespace uo::server {
class ServerDistrict;
class ServerUrl;
} // namespace uo::server

namespace uo::sql {

class Database;

// A server district: its connection, with the district's tables first on the search_path
// (server_district.h), running SQL written for the file store (pg_statement.h).
class PgBackend : public Backend
{
    Q_DECLARE_TR_FUNCTIONS(uo::sql::PgBackend)

public:
    explicit PgBackend(std::unique_ptr<server::ServerDistrict> district);
    ~PgBackend() override;

    // A Database on the district a URL names (ServerDistrict::open's errors); read-only, every
    // transaction of its connection is (the server refuses writes).
    static std::unique_ptr<Database> open(const server::ServerUrl &url, bool readOnly = false);

    server::ServerDistrict &district() { return *m_district; }

    Dialect dialect() const override { return Dialect::Postgres; }
    void exec(const QByteArray &sql) override;
    // Set again on every new connection (server::Connection::setUpSession).
    void execForSession(const QByteArray &sql) override;
    std::unique_ptr<StatementImpl> prepare(const QByteArray &sql) override;
    // Throws: a server's triggers insert rows of their own; callers say INSERT ... RETURNING id.
    qint64 lastInsertId() const override;
    int changes() const override;
    bool inTransaction() const override;
    void begin() override;
    void commit(const QByteArray &sql) override;
    void rollback(const QByteArray &sql) noexcept override;

private:
    std::unique_ptr<server::ServerDistrict> m_district;
};

} // namespace uo::sql
