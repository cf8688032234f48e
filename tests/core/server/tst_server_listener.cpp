// Live changes: another program (psql, a real process, signed in as an editor) commits to the district
// and the listener hears which table, what and who; what it rolls back is never heard; a listener whose
// connection the server ends says so.

#include "core/server/server_district.h"
#include "core/server/server_listener.h"
#include "core/server/server_publish.h"
#include "core/server/server_roles.h"
#include "core/server/server_url.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using uo::server::ServerListener;
using uo::server::ServerUrl;
using uo::test::TestDatabase;

class TestServerListener : public QObject
{
    Q_OBJECT

    // psql as the editor, one command, as another workstation would commit.
    void psql(const QString &sql)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), m_db->url(QString(), m_editor, QStringLiteral("pw")),
                 QStringLiteral("-c"), QStringLiteral("SET search_path = %1, public; ").arg(m_name) + sql});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty(),
                 "psql (postgresql-client) is one of the packages scripts/install-deps.sh installs");
        m_db = std::make_unique<TestDatabase>();
        const QString file = m_dir.filePath(QStringLiteral("district.sqlite"));
        uo::test::makeTestDistrict(file);
        m_name = TestDatabase::name("live");
        uo::server::ServerPublish::run(file, ServerUrl::parse(m_db->url(m_name)));
        m_editor = TestDatabase::name("editor");
        auto district = uo::server::ServerDistrict::open(ServerUrl::parse(m_db->url(m_name)));
        uo::server::ServerRoles::addUser(*district, m_editor, uo::server::Role::Editor, std::nullopt,
                                         QStringLiteral("pw"));
    }
    void cleanupTestCase() { m_db.reset(); }

    void hearsCommittedChangesOnly()
    {
        ServerListener listener(ServerUrl::parse(m_db->url()), m_name);
        QSignalSpy changed(&listener, &ServerListener::changed);
        psql(QStringLiteral("BEGIN; UPDATE components SET note = 'not kept'; ROLLBACK;"));
        psql(QStringLiteral("UPDATE shops SET phone = '023-6789'"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 30000);
        // The rolled-back change came first and was not heard.
        const QList<QVariant> first = changed.first();
        QCOMPARE(first.value(0).toString(), QStringLiteral("shops"));
        QCOMPARE(first.value(1).toString(), QStringLiteral("update"));
        QCOMPARE(first.value(2).toString(), m_editor);

        psql(QStringLiteral(
            "INSERT INTO risk_records (risk_id, time, kind) SELECT min(id), '2025-07-01T00:00:00Z', "
            "'inspection' FROM risk_points"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 30000);
        QCOMPARE(changed.at(1).value(0).toString(), QStringLiteral("risk_records"));
        QCOMPARE(changed.at(1).value(1).toString(), QStringLiteral("insert"));
    }

    void saysWhenTheConnectionIsLost()
    {
        ServerListener listener(ServerUrl::parse(m_db->url()), m_name);
        QSignalSpy lost(&listener, &ServerListener::lost);
        QCOMPARE(m_db->run(
                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE "
                                    "'LISTEN%' AND datname = current_database()")),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 30000);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_name, m_editor;
};

QTEST_GUILESS_MAIN(TestServerListener)
#include "tst_server_listener.moc"
