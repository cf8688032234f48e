#pragma once

#include "core/sql/backend.h"

#include <QString>

namespace uo::sql {

// A district file: one SQLite connection with SpatiaLite loaded, foreign keys on.
class SqliteBackend : public Backend
{
public:
    // Throws StoreError when the file cannot be opened in the given mode.
    SqliteBackend(const QString &path, OpenMode mode);
    ~SqliteBackend() override;
    SqliteBackend(const SqliteBackend &) = delete;
    SqliteBackend &operator=(const SqliteBackend &) = delete;

    Dialect dialect() const override { return Dialect::Sqlite; }
    void exec(const QByteArray &sql) override;
    std::unique_ptr<StatementImpl> prepare(const QByteArray &sql) override;
    qint64 lastInsertId() const override;
    int changes() const override;
    bool inTransaction() const override;
    void begin() override;
    void commit(const QByteArray &sql) override;
    void rollback(const QByteArray &sql) noexcept override;
    void setBusyTimeout(int ms) override;
    sqlite3 *sqliteHandle() const override { return m_db; }

    // Throws StoreError built from the connection's last error, naming what was being done.
    [[noreturn]] void fail(int code, const QString &doing) const;

private:
    sqlite3 *m_db = nullptr;
    void *m_spatialiteCache = nullptr;
    QString m_path;
};

} // namespace uo::sql
