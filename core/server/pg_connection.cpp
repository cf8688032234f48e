#include "core/server/pg_connection.h"

#include "core/store/store_error.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <libpq-fe.h>

namespace uo::server {

namespace {

QByteArray sqlState(const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QByteArray(state) : QByteArray();
}

// The server's own words: its message and, when it gives one, the detail (which row, which value).
QString serverMessage(const PGconn *conn, const PGresult *result)
{
    if (result && PQresultStatus(result) == PGRES_FATAL_ERROR) {
        QString text = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        if (const char *detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL))
            text += QStringLiteral(" (") + QString::fromUtf8(detail) + QLatin1Char(')');
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// Passwords signed in with, by server address (without the district), in this process's memory only:
// never written anywhere.
QMutex g_passwordsMutex;
QHash<QString, QByteArray> g_passwords;

QByteArray rememberedPassword(const QString &address)
{
    QMutexLocker lock(&g_passwordsMutex);
    return g_passwords.value(address);
}

void rememberPassword(const QString &address, const QByteArray &password)
{
    QMutexLocker lock(&g_passwordsMutex);
    g_passwords.insert(address, password);
}

} // namespace

Result &Result::operator=(Result &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

Result::~Result()
{
    PQclear(m_result);
}

int Result::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int Result::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool Result::isNull(int row, int col) const
{
    return PQgetisnull(m_result, row, col) != 0;
}

QString Result::text(int row, int col) const
{
    if (isNull(row, col))
        return QString();
    return QString::fromUtf8(PQgetvalue(m_result, row, col), PQgetlength(m_result, row, col));
}

qint64 Result::int64(int row, int col) const
{
    return QByteArray(PQgetvalue(m_result, row, col)).toLongLong();
}

double Result::real(int row, int col) const
{
    return QByteArray(PQgetvalue(m_result, row, col)).toDouble();
}

Connection::Connection(const ServerUrl &url) : m_url(url)
{
    // Defaults before the URI, which overrides them; UTF-8 after it, since every text we send is UTF-8.
    // A password this process signed in with before, to the same address, goes before the URI too (one
    // written in the URI wins): a store's workers and listener reopen it by its address as shown, which
    // leaves the password out.
    const QString key = url.withDistrict(QString()).display();
    const QByteArray password = rememberedPassword(key);
    QList<const char *> keywords = {"connect_timeout"}, values = {"10"};
    if (!password.isEmpty()) {
        keywords.append("password");
        values.append(password.constData());
    }
    keywords += {"dbname", "fallback_application_name", "client_encoding", nullptr};
    values += {url.conninfo().constData(), "urbanops", "UTF8", nullptr};
    m_conn = PQconnectdbParams(keywords.constData(), values.constData(), 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        const StoreError error = connectError(url);
        PQfinish(m_conn);
        m_conn = nullptr;
        throw error;
    }
    if (PQconnectionUsedPassword(m_conn) && PQpass(m_conn) && *PQpass(m_conn))
        rememberPassword(key, PQpass(m_conn));
    PQsetNoticeReceiver(m_conn, noticed, this);
}

void Connection::noticed(void *connection, const PGresult *result)
{
    // The server's notices ("relation already exists, skipping") are not for our users. An error that
    // comes while we are idle is the backend saying why it ends the connection ("terminating connection
    // due to administrator command"): always FATAL, since nothing else ends a session.
    const char *severity = PQresultErrorField(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (severity && (qstrcmp(severity, "FATAL") == 0 || qstrcmp(severity, "PANIC") == 0))
        static_cast<Connection *>(connection)->m_ended = true;
}

bool Connection::serverEnded()
{
    // A backend that ends while we are idle sends its FATAL error and closes: nothing reads them until
    // the next statement, which would then fail although the server may be back. Reading now costs one
    // recv() that finds nothing in the usual case (libpq's socket never blocks); an error read here goes
    // to noticed(), and a closed connection makes the status CONNECTION_BAD.
    if (!m_ended && PQstatus(m_conn) == CONNECTION_OK && PQconsumeInput(m_conn) == 1)
        PQisBusy(m_conn); // parses what came
    return m_ended || PQstatus(m_conn) != CONNECTION_OK;
}

void Connection::noteTransaction()
{
    // A lost connection's status is unknown: what it was while the connection was up stays.
    if (PQstatus(m_conn) == CONNECTION_OK)
        m_inTransaction = PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

bool Connection::inTransaction()
{
    noteTransaction();
    return m_inTransaction;
}

void Connection::ensureConnected(const QString &doing)
{
    noteTransaction();
    if (m_inTransaction) {
        if (PQstatus(m_conn) == CONNECTION_OK)
            return; // a statement that finds it lost fails as Unreachable (fail())
    } else if (!serverEnded()) {
        return;
    }
    // Writes still queued belong to the transaction that was lost (or to statements the server never
    // got): they are not sent on a new connection.
    const bool queued = hasQueued();
    discardQueued();
    if (m_inTransaction || queued)
        throw lostError(doing, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    reconnect();
}

void Connection::reconnect()
{
    // The same parameters as the first time, the password too (libpq keeps them with the connection).
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const StoreError error = connectError(m_url);
        if (error.kind() != StoreError::Kind::Unreachable)
            throw error; // a password or login changed meanwhile: said as at sign-in
        throw StoreError(StoreError::Kind::Unreachable,
                         tr("The connection to the district server %1 was lost and the server cannot be "
                            "reached now; nothing of this step was saved. Try again once the server is back "
                            "(%2).")
                             .arg(m_url.display(), QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
    }
    ++m_generation;
    m_ended = false;
    m_inTransaction = false;
    m_geometryTypeKnown = false;
    PQsetNoticeReceiver(m_conn, noticed, this);
    for (const auto &[sql, params] : std::as_const(m_setUp))
        query(sql, params, tr("setting up the connection again"));
}

void Connection::setUpSession(const QByteArray &sql, const QVariantList &params)
{
    query(sql, params, tr("setting up the connection"));
    m_setUp.append({sql, params});
}

void Connection::commit(const QString &doing)
{
    // A failed COMMIT ends the transaction as well: the server rolled it back (or, the connection lost
    // while committing, did one or the other before it went).
    try {
        exec("COMMIT", doing);
    } catch (...) {
        m_inTransaction = false;
        throw;
    }
}

void Connection::rollback() noexcept
{
    discardQueued(); // queued after the BEGIN, which sent the ones before
    PQclear(PQexec(m_conn, "ROLLBACK"));
    m_inTransaction = false;
}

StoreError Connection::connectError(const ServerUrl &url) const
{
    const QString reason = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString();
    const QString server = url.display();
    const QString who = m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
    // libpq says why in English only, and gives no SQLSTATE before the connection is made: what the user
    // can act on (type a password, type it again, check the address) is told apart here, libpq's words
    // kept after it for whoever looks after the server.
    if (m_conn && PQconnectionNeedsPassword(m_conn))
        return StoreError(StoreError::Kind::SignIn,
                          tr("The district server %1 asks for %2's password.").arg(server, who));
    if (reason.contains(QLatin1String("password authentication failed")) ||
        (m_conn && PQconnectionUsedPassword(m_conn) && reason.contains(QLatin1String("authentication"))))
        return StoreError(
            StoreError::Kind::SignIn,
            tr("The district server %1 did not accept the password of %2 (%3).").arg(server, who, reason));
    if (reason.contains(QLatin1String("does not exist")))
        return StoreError(
            StoreError::Kind::NotFound,
            tr("The district server %1 has no such database or login (%2).").arg(server, reason));
    return StoreError(StoreError::Kind::Unreachable,
                      tr("Could not connect to the district server %1: check the host, the port and the "
                         "network (%2).")
                          .arg(server, reason));
}

Connection::~Connection()
{
    PQfinish(m_conn);
}

QString Connection::login() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

void Connection::fail(const PGresult *result, const QString &doing) const
{
    const QString server = m_url.display();
    const QString what = doing.isEmpty() ? tr("running a database command") : doing;
    const QString detail = serverMessage(m_conn, result);
    const QByteArray state = sqlState(result);
    if (PQstatus(m_conn) != CONNECTION_OK || state.startsWith("08") || state == "57P01")
        throw lostError(doing, detail);
    if (state == "42501")
        throw StoreError(StoreError::Kind::Denied,
                         tr("The district server %1 refused this change while %2: the role of %3 does not "
                            "allow it. Nothing of it was saved; ask the district's administrator if your "
                            "role should allow it. (%4)")
                             .arg(server, what, login(), detail));
    if (state == "53100")
        throw StoreError(
            StoreError::Kind::DiskFull,
            tr("The district server %1 has no disk space left while %2; nothing of this step was saved.")
                .arg(server, what));
    if (state == "55P03" || state == "40P01" || state == "40001")
        throw StoreError(StoreError::Kind::Locked,
                         tr("Another workstation holds the same rows on %1 while %2; try again (%3).")
                             .arg(server, what, detail));
    if (state == "25006")
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The district server %1 takes no changes now (%2).").arg(server, detail));
    if (state.startsWith("23"))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The district server %1 refused a value while %2: %3").arg(server, what, detail));
    throw StoreError(StoreError::Kind::Sql,
                     tr("Error on the district server %1 while %2: %3").arg(server, what, detail));
}

StoreError Connection::lostError(const QString &doing, const QString &detail) const
{
    const QString what = doing.isEmpty() ? tr("running a database command") : doing;
    return StoreError(StoreError::Kind::Unreachable,
                      tr("The connection to the district server %1 was lost while %2; nothing of this step "
                         "was saved (%3).")
                          .arg(m_url.display(), what, detail));
}

void Connection::exec(const QByteArray &sql, const QString &doing)
{
    ensureConnected(doing);
    flushQueued();
    Result result(PQexec(m_conn, sql.constData()));
    noteTransaction();
    const ExecStatusType status = PQresultStatus(result.handle());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result.handle(), doing);
}

Result Connection::query(const QByteArray &sql, const QVariantList &params, const QString &doing)
{
    ensureConnected(doing);
    flushQueued();
    QByteArrayList texts;
    texts.reserve(params.size());
    QList<const char *> values;
    values.reserve(params.size());
    for (const QVariant &param : params) {
        if (param.isNull()) {
            texts.append(QByteArray());
            values.append(nullptr);
            continue;
        }
        switch (param.typeId()) {
        case QMetaType::Double:
            texts.append(QByteArray::number(param.toDouble(), 'g', 17));
            break;
        case QMetaType::Bool:
            texts.append(param.toBool() ? "true" : "false");
            break;
        default:
            texts.append(param.toString().toUtf8());
            break;
        }
        values.append(texts.constLast().constData());
    }
    Result result(PQexecParams(m_conn, sql.constData(), int(params.size()), nullptr, values.constData(),
                               nullptr, nullptr, 0));
    noteTransaction();
    const ExecStatusType status = PQresultStatus(result.handle());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result.handle(), doing);
    return result;
}

QString Connection::scalar(const QByteArray &sql, const QVariantList &params)
{
    const Result result = query(sql, params);
    return result.rows() > 0 ? result.text(0, 0) : QString();
}

QByteArray Connection::quote(const QString &identifier)
{
    QByteArray name = identifier.toUtf8();
    name.replace('"', "\"\"");
    return '"' + name + '"';
}

unsigned Connection::geometryType()
{
    if (!m_geometryTypeKnown) {
        m_geometryType =
            scalar("SELECT t.oid FROM pg_type t JOIN pg_extension e ON e.extnamespace = t.typnamespace "
                   "WHERE e.extname = 'postgis' AND t.typname = 'geometry'")
                .toUInt();
        m_geometryTypeKnown = true;
    }
    return m_geometryType;
}

QString Connection::postgisSchema()
{
    return scalar("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                  "WHERE e.extname = 'postgis'");
}

QByteArray Connection::qualified(const QString &schema, const QString &name)
{
    return quote(schema) + '.' + quote(name);
}

QByteArray Connection::literal(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    char *escaped = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!escaped)
        fail(nullptr, tr("quoting a value"));
    const QByteArray out(escaped);
    PQfreemem(escaped);
    return out;
}

ServerTransaction::ServerTransaction(Connection &connection)
    : m_connection(connection), m_nested(connection.inTransaction())
{
    m_connection.exec(m_nested ? "SAVEPOINT uo_nested" : "BEGIN");
}

ServerTransaction::~ServerTransaction()
{
    if (!m_open)
        return;
    if (m_nested) {
        m_connection.discardQueued(); // queued after the SAVEPOINT, which sent the ones before
        PQclear(
            PQexec(m_connection.handle(), "ROLLBACK TO SAVEPOINT uo_nested; RELEASE SAVEPOINT uo_nested"));
    } else {
        m_connection.rollback();
    }
}

void ServerTransaction::commit()
{
    m_open = false;
    if (m_nested)
        m_connection.exec("RELEASE SAVEPOINT uo_nested", Connection::tr("committing a transaction"));
    else
        m_connection.commit(Connection::tr("committing a transaction"));
}

} // namespace uo::server
