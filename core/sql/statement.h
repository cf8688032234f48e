#pragma once

#include "core/sql/database.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <memory>

namespace uo::sql {

class Database;

// A prepared statement on either back end (see Database). Binding indexes start at 1, column indexes at
// 0, as in SQLite.
class Statement
{
public:
    Statement(Database &db, const QByteArray &sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bindVariant(int index, const QVariant &value);

    // Returns true while there is a row to read; false when done. Throws on error.
    bool step() { return m_impl->step(); }
    // Runs a statement that returns no rows, then resets it for reuse.
    void run() { m_impl->run(); }
    // run() for a write whose answer nobody reads (an UPDATE, a DELETE of a save): on a server it may go
    // later, with the statements queued after it, in one round trip. Statements on the connection still
    // run in order: the queue is sent before anything else runs, and a failure in it is thrown there
    // (by the next step(), exec() or the commit). Database::changes() does not count it.
    void runQueued() { m_impl->queue(); }
    void reset() { m_impl->reset(); }

    // The storage class of a column's value in the current row (SQLite types values, not columns).
    using Type = ValueType;
    Type type(int col) const { return m_impl->type(col); }

    int columnCount() const { return m_impl->columnCount(); }
    QString columnName(int col) const { return m_impl->columnName(col); }
    bool isNull(int col) const { return m_impl->isNull(col); }
    qint64 int64(int col) const { return m_impl->int64(col); }
    double real(int col) const { return m_impl->real(col); }
    QString text(int col) const { return m_impl->text(col); }
    // UTF-8 text without a copy, for passing straight on to C APIs; valid until the next step.
    const char *textData(int col) const { return m_impl->textData(col); }
    QByteArray blob(int col) const;
    // Blob bytes without a copy; valid until the next step or reset.
    const char *blobData(int col, int *size) const { return m_impl->blobData(col, size); }
    QVariant value(int col) const;

private:
    std::unique_ptr<StatementImpl> m_impl;
};

// BEGIN ... COMMIT (on a file BEGIN IMMEDIATE: the write lock at once); rolls back unless commit() was
// called. Inside an open transaction it is a savepoint of it instead, released by commit().
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_nested; // a savepoint inside the connection's open transaction
    bool m_open = true;
};

} // namespace uo::sql
