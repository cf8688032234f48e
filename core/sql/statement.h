#pragma once

#include "core/sql/database.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace uo::sql {

class Database;

// A prepared statement. Binding indexes start at 1, column indexes at 0, as in SQLite.
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
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    // The storage class of a column's value in the current row (SQLite types values, not columns).
    enum class Type
    {
        Null,
        Integer,
        Real,
        Text,
        Blob
    };
    Type type(int col) const;

    int columnCount() const;
    QString columnName(int col) const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    // UTF-8 text without a copy, for passing straight on to C APIs; valid until the next step.
    const char *textData(int col) const;
    QByteArray blob(int col) const;
    // Blob bytes without a copy; valid until the next step or reset.
    const char *blobData(int col, int *size) const;
    QVariant value(int col) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() was called. Inside an open transaction it is a
// savepoint of it instead, released by commit().
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
