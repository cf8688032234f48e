#pragma once

#include "core/sql/backend.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct pg_result;

namespace uo::server {
class Connection;
}

namespace uo::sql {

// A statement written for the file store, run on a server district, with sql::Statement's interface, so
// that the code above the store can run unchanged on either (docs/server.md, "one store, two back
// ends"). SQLite's parameters become PostgreSQL's (pg_parameters.h) and the statement is prepared once
// on the server. Geometry stays a SpatiaLite blob for the caller: a blob bound where the server
// expects geometry is sent as EWKB, a geometry column is read back as the store's blob, both bit for
// bit. Unqualified table names are the district's through the connection's search_path.
//
// Unlike SQLite, a connection runs one query at a time: the first step() fetches the whole result,
// so that other statements may run while its rows are read.
class PgStatement : public StatementImpl
{
    Q_DECLARE_TR_FUNCTIONS(uo::sql::PgStatement)

public:
    PgStatement(server::Connection &connection, const QByteArray &sqliteSql);
    ~PgStatement() override;
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    void bind(int index, qint64 value) override;
    void bind(int index, double value) override;
    void bind(int index, const QString &value) override;
    void bindBlob(int index, const QByteArray &value) override;
    void bindNull(int index) override;

    bool step() override;
    void run() override;
    // Sent with the next statements in one round trip (server::Pipeline).
    void queue() override;
    // Forgets the result and the bound values, as sql::Statement::reset does.
    void reset() override;

    int columnCount() const override;
    QString columnName(int col) const override;
    ValueType type(int col) const override;
    bool isNull(int col) const override;
    qint64 int64(int col) const override;
    double real(int col) const override;
    QString text(int col) const override;
    const char *textData(int col) const override;
    const char *blobData(int col, int *size) const override;

private:
    enum class Column
    {
        Integer,
        Real,
        Numeric,
        Bool,
        Text,
        Bytea,
        Geometry
    };
    // Prepares the statement on the connection as it is now (again after a reconnect: the server
    // forgot it with the session it had).
    void prepareOnServer();
    // Before the statement runs: the connection up (server::Connection::ensureConnected), the statement
    // prepared on it.
    void ready(const QString &doing);
    void execute();
    void clearResult();
    const char *raw(int col) const;
    void set(int index, const QByteArray &value, bool binary);

    server::Connection *m_connection;
    QByteArray m_name; // of the prepared statement on the server
    QByteArray m_sql;
    int m_parameterCount = 0;
    quint64 m_generation = 0; // of the connection it was prepared on; 0: not prepared
    QList<unsigned> m_parameterTypes;
    QStringList m_columnNames;
    QByteArrayList m_values;
    QList<bool> m_null, m_binary;
    pg_result *m_result = nullptr;
    QList<Column> m_columns;
    int m_row = -1;
    mutable QHash<int, QByteArray> m_blobs; // decoded blobs of the current row, valid until the next step
};

} // namespace uo::sql
