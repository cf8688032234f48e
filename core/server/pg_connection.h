#pragma once

#include "core/server/pg_pipeline.h"
#include "core/server/server_url.h"
#include "core/store/store_error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <utility>

struct pg_conn;
struct pg_result;

namespace uo::server {

// The rows of one query, read as text (libpq's text format). Owns the libpq result.
class Result
{
public:
    explicit Result(pg_result *result = nullptr) : m_result(result) {}
    ~Result();
    Result(Result &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    Result &operator=(Result &&other) noexcept;
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;

    pg_result *handle() const { return m_result; }
    int rows() const;
    int columns() const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    qint64 int64(int row, int col) const;
    double real(int row, int col) const;

private:
    pg_result *m_result;
};

// One libpq connection to a district server. Every value goes to the server as a bound parameter; only
// names we made and checked (tables, columns, the district's schema) are put into SQL text, quoted.
// Not shared between threads.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(uo::server::Connection)

public:
    // Connects; throws StoreError when it cannot (see connectError), with libpq's reason.
    explicit Connection(const ServerUrl &url);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    pg_conn *handle() const { return m_conn; }
    const ServerUrl &url() const { return m_url; }

    // Before each statement: a connection the server ended while none of our transactions was open (a
    // server restart, an administrator ending the session, a dropped network) is made again, with the
    // same parameters and password, and set up as the first (setUpSession). Inside a transaction a lost
    // connection stays an error (StoreError Unreachable, naming `doing`): the server rolled the
    // transaction back, and the rest of it must not run on a new connection as if it were whole; the
    // first statement after its COMMIT or ROLLBACK reconnects. Throws Unreachable too when the server
    // cannot be reached again.
    void ensureConnected(const QString &doing = QString());
    // Counts the connections made: the server forgets prepared statements with the connection, so a
    // statement prepared under an earlier generation prepares itself again.
    quint64 generation() const { return m_generation; }
    // Runs a statement that sets the session up (search_path, read-only), and runs it again on every new
    // connection.
    void setUpSession(const QByteArray &sql, const QVariantList &params = {});
    // Whether a transaction of ours is open: as libpq last knew it while the connection was up.
    bool inTransaction();
    // COMMIT and ROLLBACK of the connection's transaction, which end it even when they fail on a lost
    // connection (the server rolls back whatever a lost connection left open).
    void commit(const QString &doing);
    void rollback() noexcept;
    // The login this connection is signed in as.
    QString login() const;

    // Runs SQL without parameters (one or several statements); throws StoreError on failure, naming
    // `doing` when given.
    void exec(const QByteArray &sql, const QString &doing = QString());
    // One statement with $1, $2 ... bound to `params` (null QVariant: NULL).
    Result query(const QByteArray &sql, const QVariantList &params = {}, const QString &doing = QString());
    // The first column of the first row as text; a null QString when there is no row.
    QString scalar(const QByteArray &sql, const QVariantList &params = {});

    // The type id of PostGIS's geometry in this database (0 without PostGIS), asked once.
    unsigned geometryType();
    // The schema PostGIS is installed in (usually public); empty without PostGIS.
    QString postgisSchema();

    // "name" with quotes doubled: for identifiers in SQL text.
    static QByteArray quote(const QString &identifier);
    // "schema"."name".
    static QByteArray qualified(const QString &schema, const QString &name);
    // 'text' as a string literal, for the few statements that take no parameters (CREATE ROLE ...
    // PASSWORD, COMMENT ON): escaped by libpq for this connection's encoding.
    QByteArray literal(const QString &text) const;

    // Throws the StoreError for a failed result (or, when result is null, the connection's last error).
    [[noreturn]] void fail(const pg_result *result, const QString &doing) const;

    // A write whose answer nobody reads, sent with the next ones (pg_pipeline.h): before anything else
    // this connection runs, or by flushQueued(). discardQueued() forgets them when their transaction
    // rolls back.
    void queue(Pipeline::Entry entry) { m_pipeline.add(std::move(entry)); }
    bool hasQueued() const { return !m_pipeline.isEmpty(); }
    void flushQueued() { m_pipeline.flush(*this); }
    void discardQueued() { m_pipeline.discard(); }

    // Rows changed by the last statement a PgStatement ran (sql::Database::changes()).
    qint64 lastChanges() const { return m_lastChanges; }
    void setLastChanges(qint64 changes) { m_lastChanges = changes; }

private:
    // Takes in what the server sent while we were idle: a backend that is ending says so (an error of
    // severity FATAL, given to noticed()) before it closes the connection. True when it ended.
    bool serverEnded();
    static void noticed(void *connection, const pg_result *result);
    void noteTransaction();
    void reconnect();
    StoreError lostError(const QString &doing, const QString &detail) const;
    // Why the connection could not be made, for the user: a password wanted or refused (SignIn), no such
    // database or login (NotFound), the server not reached (Unreachable).
    StoreError connectError(const ServerUrl &url) const;

    pg_conn *m_conn = nullptr;
    ServerUrl m_url;
    qint64 m_lastChanges = 0;
    unsigned m_geometryType = 0;
    bool m_geometryTypeKnown = false;
    Pipeline m_pipeline;
    quint64 m_generation = 1;
    bool m_inTransaction = false;
    bool m_ended = false; // the server said it ends this connection
    QList<std::pair<QByteArray, QVariantList>> m_setUp;
};

// BEGIN ... COMMIT on a server connection; rolls back unless commit() was called. Inside an open
// transaction it is a savepoint of it instead, released by commit(), as sql::Transaction is on a file.
class ServerTransaction
{
public:
    explicit ServerTransaction(Connection &connection);
    ~ServerTransaction();
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;
    void commit();

private:
    Connection &m_connection;
    bool m_nested; // a savepoint inside the connection's open transaction
    bool m_open = true;
};

} // namespace uo::server
