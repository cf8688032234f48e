#pragma once

// A database of its own for one test on the test cluster (tests/CMakeLists.txt starts it): made from the
// cluster's `urbanops` database, which has PostGIS, and dropped with every role the test made when the
// test ends. Checks go through plain libpq, outside the server code under test. Names a test makes
// (districts, logins) end in the process id, so that tests running at the same time never meet.

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <libpq-fe.h>
#include <stdexcept>

namespace uo::test {

class TestDatabase
{
public:
    TestDatabase()
    {
        const QString base = qEnvironmentVariable("UROPS_TEST_SERVER");
        if (base.isEmpty())
            throw std::runtime_error("UROPS_TEST_SERVER is not set: run the server tests through ctest");
        m_base = QUrl(base);
        m_name = QStringLiteral("tst_%1_%2").arg(QCoreApplication::applicationName().toLower()).arg(suffix());
        m_maintenance = connect(QStringLiteral("postgres"));
        run(m_maintenance, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        const QString error =
            run(m_maintenance, QStringLiteral("CREATE DATABASE %1 TEMPLATE urbanops").arg(m_name));
        if (!error.isEmpty())
            throw std::runtime_error(error.toStdString());
        m_admin = connect(m_name);
    }

    ~TestDatabase()
    {
        PQfinish(m_admin);
        run(m_maintenance, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        // Logins and group roles are the cluster's, not the database's.
        PGresult *roles =
            PQexec(m_maintenance, QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE '%\\_%1' "
                                                 "OR rolname LIKE 'uo\\_%\\_%1\\_%'")
                                      .arg(suffix())
                                      .toUtf8()
                                      .constData());
        for (int i = 0; i < PQntuples(roles); ++i)
            run(m_maintenance,
                QStringLiteral("DROP ROLE \"%1\"").arg(QString::fromUtf8(PQgetvalue(roles, i, 0))));
        PQclear(roles);
        PQfinish(m_maintenance);
    }

    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // _<pid>: ends every name a test makes.
    static QString suffix() { return QString::number(QCoreApplication::applicationPid()); }
    static QString name(const char *stem) { return QString::fromLatin1(stem) + QLatin1Char('_') + suffix(); }

    // The test database's address, as the test cluster's superuser unless a login is given.
    QString url(const QString &district = QString(), const QString &login = QString(),
                const QString &password = QString()) const
    {
        QUrl url = m_base;
        url.setPath(QLatin1Char('/') + m_name);
        if (!login.isEmpty()) {
            url.setUserName(login);
            url.setPassword(password);
        }
        if (!district.isEmpty())
            url.setQuery(QStringLiteral("district=") + district);
        return url.toString(QUrl::FullyEncoded);
    }

    const QString &databaseName() const { return m_name; }
    PGconn *admin() const { return m_admin; }

    // Runs SQL on a connection; the server's message on failure, an empty string on success.
    static QString run(PGconn *conn, const QString &sql)
    {
        PGresult *result = PQexec(conn, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        QString error;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        return error;
    }
    // The first value of the first row as text; "ERROR: ..." when the query fails, "NULL" for null.
    static QString value(PGconn *conn, const QString &sql)
    {
        PGresult *result = PQexec(conn, sql.toUtf8().constData());
        QString out;
        if (PQresultStatus(result) != PGRES_TUPLES_OK)
            out = QStringLiteral("ERROR: ") + QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        else if (PQntuples(result) == 0)
            out = QStringLiteral("no row");
        else if (PQgetisnull(result, 0, 0))
            out = QStringLiteral("NULL");
        else
            out = QString::fromUtf8(PQgetvalue(result, 0, 0));
        PQclear(result);
        return out;
    }
    QString run(const QString &sql) const { return run(m_admin, sql); }
    QString value(const QString &sql) const { return value(m_admin, sql); }

    // A connection as a login to the test database; the caller PQfinish()es it. Null when refused.
    PGconn *connectAs(const QString &login, const QString &password) const
    {
        PGconn *conn = PQconnectdb(url(QString(), login, password).toUtf8().constData());
        if (PQstatus(conn) != CONNECTION_OK) {
            PQfinish(conn);
            return nullptr;
        }
        return conn;
    }

    // Runs `sql` as a login in a transaction that is rolled back: what that login may do, tried through
    // plain SQL without changing anything. The server's message, "" when allowed.
    QString tryAs(const QString &login, const QString &password, const QString &sql) const
    {
        PGconn *conn = connectAs(login, password);
        if (!conn)
            return QStringLiteral("cannot connect");
        run(conn, QStringLiteral("BEGIN"));
        const QString error = run(conn, sql);
        run(conn, QStringLiteral("ROLLBACK"));
        PQfinish(conn);
        return error;
    }

private:
    PGconn *connect(const QString &database) const
    {
        QUrl url = m_base;
        url.setPath(QLatin1Char('/') + database);
        PGconn *conn = PQconnectdb(url.toString(QUrl::FullyEncoded).toUtf8().constData());
        if (PQstatus(conn) != CONNECTION_OK) {
            const std::string message = PQerrorMessage(conn);
            PQfinish(conn);
            throw std::runtime_error("cannot reach the test cluster: " + message);
        }
        PQsetNoticeProcessor(
            conn, [](void *, const char *) {}, nullptr);
        return conn;
    }

    QUrl m_base;
    QString m_name;
    PGconn *m_maintenance = nullptr;
    PGconn *m_admin = nullptr;
};

} // namespace uo::test
