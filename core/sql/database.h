#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace uo::sql {

class Statement;

// One SQLite connection with SpatiaLite loaded. Not shared between threads: each worker opens its own.
class Database
{
public:
    // Immutable: read-only, and SQLite assumes nobody changes the file meanwhile (no locks, no -shm): for
    // a store on read-only media or in a folder this user cannot write, where no -shm can be made.
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create,
        Immutable
    };

    // Throws StoreError when the file cannot be opened in the given mode.
    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly || m_mode == Mode::Immutable; }

    void exec(const QByteArray &sql);
    Statement prepare(const QByteArray &sql);
    qint64 lastInsertId() const;
    int changes() const;
    // Convenience for one-value queries; returns an invalid QVariant-less 0 when there is no row.
    qint64 scalarInt(const QByteArray &sql);
    QString scalarText(const QByteArray &sql);

    // Throws StoreError built from the connection's last error, naming what was being done.
    [[noreturn]] void fail(int code, const QString &doing) const;

private:
    sqlite3 *m_db = nullptr;
    void *m_spatialiteCache = nullptr;
    QString m_path;
    Mode m_mode;
};

} // namespace uo::sql
