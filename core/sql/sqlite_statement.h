#pragma once

#include "core/sql/backend.h"

struct sqlite3_stmt;

namespace uo::sql {

class SqliteBackend;

// A prepared statement on a district file.
class SqliteStatement : public StatementImpl
{
public:
    SqliteStatement(SqliteBackend &db, const QByteArray &sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, qint64 value) override;
    void bind(int index, double value) override;
    void bind(int index, const QString &value) override;
    void bindBlob(int index, const QByteArray &value) override;
    void bindNull(int index) override;
    bool step() override;
    void run() override;
    void reset() override;
    ValueType type(int col) const override;
    int columnCount() const override;
    QString columnName(int col) const override;
    bool isNull(int col) const override;
    qint64 int64(int col) const override;
    double real(int col) const override;
    QString text(int col) const override;
    const char *textData(int col) const override;
    const char *blobData(int col, int *size) const override;

private:
    void check(int rc) const;

    SqliteBackend *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace uo::sql
