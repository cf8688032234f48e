#pragma once

#include "core/sql/backend.h"

#include <QByteArray>
#include <QString>
#include <memory>

struct sqlite3;

namespace uo::sql {

class Statement;

// One statement in both dialects, side by side in the one core helper that needs it; the connection runs
// its own: db.prepare({"SELECT AsText(?)", "SELECT ST_AsText(?::geometry)"}). Only where the two engines
// read no common spelling (docs/server.md's inventory).
struct Spellings
{
    QByteArray sqlite;
    QByteArray postgres;
};

// One connection to a district: a file (SQLite with SpatiaLite) or a server district (PostgreSQL with
// PostGIS, core/sql/pg_backend), whichever back end it was opened with. Callers write SQLite's SQL and
// bind as in SQLite either way (docs/server.md, "one store, two back ends"). Not shared between
// threads: each worker opens its own.
class Database
{
public:
    using Mode = OpenMode;

    // A district file. Throws StoreError when the file cannot be opened in the given mode.
    Database(const QString &path, Mode mode);
    // Any back end; `location` names it in messages (a file's path, a server's address).
    Database(std::unique_ptr<Backend> backend, const QString &location, bool readOnly);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend &backend() { return *m_backend; }
    Dialect dialect() const { return m_backend->dialect(); }
    // The SQLite connection of a file; null on a server.
    sqlite3 *handle() const { return m_backend->sqliteHandle(); }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    void exec(const QByteArray &sql);
    Statement prepare(const QByteArray &sql);
    Statement prepare(const Spellings &sql);
    // This connection's spelling of a statement (or fragment) written twice.
    const QByteArray &spelled(const Spellings &sql) const
    {
        return dialect() == Dialect::Postgres ? sql.postgres : sql.sqlite;
    }
    qint64 lastInsertId() const;
    int changes() const;
    // Convenience for one-value queries; returns an invalid QVariant-less 0 when there is no row.
    qint64 scalarInt(const QByteArray &sql);
    QString scalarText(const QByteArray &sql);

    // Throws StoreError built from the connection's last error (on a file; on a server, the code),
    // naming what was being done.
    [[noreturn]] void fail(int code, const QString &doing) const;

private:
    std::unique_ptr<Backend> m_backend;
    QString m_path;
    bool m_readOnly;
};

} // namespace uo::sql
