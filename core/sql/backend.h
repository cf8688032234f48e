#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <memory>

struct sqlite3;

namespace uo::sql {

// Which SQL a connection speaks: a district file (SQLite + SpatiaLite) or a server district
// (PostgreSQL + PostGIS). Callers write SQLite's SQL; the few statements the engines spell differently
// go through one helper in core each (docs/server.md, "Dialect"), never an if at the call site.
enum class Dialect
{
    Sqlite,
    Postgres
};

// The storage class of a value (SQLite types values, not columns; a server's columns are read as the
// class a file would hold).
enum class ValueType
{
    Null,
    Integer,
    Real,
    Text,
    Blob
};

// How a district file is opened. Immutable: read-only, and SQLite assumes nobody changes the file
// meanwhile (no locks, no -shm): for a store on read-only media or in a folder this user cannot write.
enum class OpenMode
{
    ReadOnly,
    ReadWrite,
    Create,
    Immutable
};

// A prepared statement of one back end (docs/server.md, "one store, two back ends"). Binding indexes
// start at 1, column indexes at 0, as in SQLite. Errors throw StoreError.
class StatementImpl
{
public:
    virtual ~StatementImpl() = default;
    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, double value) = 0;
    virtual void bind(int index, const QString &value) = 0;
    virtual void bindBlob(int index, const QByteArray &value) = 0;
    virtual void bindNull(int index) = 0;
    virtual bool step() = 0;
    virtual void run() = 0;
    // run(), or later together with others where the back end can (Statement::runQueued).
    virtual void queue() { run(); }
    virtual void reset() = 0;
    virtual ValueType type(int col) const = 0;
    virtual int columnCount() const = 0;
    virtual QString columnName(int col) const = 0;
    virtual bool isNull(int col) const = 0;
    virtual qint64 int64(int col) const = 0;
    virtual double real(int col) const = 0;
    virtual QString text(int col) const = 0;
    virtual const char *textData(int col) const = 0;
    virtual const char *blobData(int col, int *size) const = 0;
};

// One connection of one back end, used by one thread.
class Backend
{
public:
    virtual ~Backend() = default;
    virtual Dialect dialect() const = 0;
    virtual void exec(const QByteArray &sql) = 0;
    // A setting for as long as the connection is open (read-only, a PRAGMA): a server's connection
    // made again after a loss is set up with it again.
    virtual void execForSession(const QByteArray &sql) { exec(sql); }
    virtual std::unique_ptr<StatementImpl> prepare(const QByteArray &sql) = 0;
    virtual qint64 lastInsertId() const = 0;
    virtual int changes() const = 0;
    // Whether a transaction is open on the connection (a new one then nests as a savepoint).
    virtual bool inTransaction() const = 0;
    // Starts a transaction that writes: on a file it takes the write lock at once.
    virtual void begin() = 0;
    // COMMIT, or RELEASE of a savepoint; throws StoreError when it fails.
    virtual void commit(const QByteArray &sql) = 0;
    // ROLLBACK, or ROLLBACK TO a savepoint; never throws (it runs in destructors).
    virtual void rollback(const QByteArray &sql) noexcept = 0;
    // How long a statement waits for another connection's lock before failing as Locked: SQLite's busy
    // timeout on a file; nothing on a server, whose writers queue on row locks.
    virtual void setBusyTimeout(int ms) { Q_UNUSED(ms); }
    // The SQLite connection of a district file; null on a server.
    virtual sqlite3 *sqliteHandle() const { return nullptr; }
};

} // namespace uo::sql
