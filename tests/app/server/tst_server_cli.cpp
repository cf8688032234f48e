// urbanops-cli's server commands run as a user runs them, as real processes against the test cluster,
// on the demo district: publish, info on the server (the same counts as on the file), logins, export
// back to a file (the same counts again), refusals with a one-line reason, and the benchmark's figures.

#include "tests/app/cli_process.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/store_fixtures.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using uo::test::TestDatabase;

class TestServerCli : public QObject
{
    Q_OBJECT

    using Run = uo::test::CliRun;
    static Run cli(const QStringList &arguments, const QByteArray &input = QByteArray())
    {
        return uo::test::runCli(arguments, input);
    }

    // What `info` counts: the lines from the map layers' heading on.
    static QString counts(const QString &info) { return info.mid(info.indexOf(QLatin1String("Map layers"))); }

    QString url() const { return m_db->url(m_district); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run created = cli({QStringLiteral("demo"), QStringLiteral("create"), m_file,
                                 QStringLiteral("--scale"), QStringLiteral("0.01")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        m_district = TestDatabase::name("cli");
    }
    void cleanupTestCase() { m_db.reset(); }

    void publishAndDescribe()
    {
        const Run published = cli({QStringLiteral("server"), QStringLiteral("publish"), m_file, m_db->url(),
                                   QStringLiteral("--district"), m_district});
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        QVERIFY2(published.out.startsWith(QLatin1String("Published ")), qPrintable(published.out));
        QVERIFY2(published.err.contains(QLatin1String("Copying components: ")), qPrintable(published.err));

        const Run onFile = cli({QStringLiteral("info"), m_file});
        const Run onServer = cli({QStringLiteral("info"), url()});
        QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
        QCOMPARE(counts(onServer.out), counts(onFile.out));
        QVERIFY2(onServer.out.contains(
                     QRegularExpression(QStringLiteral("District on the server +%1\n").arg(m_district))),
                 qPrintable(onServer.out));
        QVERIFY2(onServer.out.contains(QLatin1String("Signed in as")), qPrintable(onServer.out));
    }

    // A publish killed half way (kill -9, as a crash or a pulled cable) leaves nothing on the server: the
    // server rolls the whole transaction back when the connection drops, and the name is free again.
    // To kill it at a known point, another session holds one of the roles it is about to create, so that
    // it waits there with every table copied.
    void killedPublishLeavesNothing()
    {
        const QString name = TestDatabase::name("killed");
        PGconn *holder = PQconnectdb(m_db->url().toUtf8().constData());
        QCOMPARE(
            TestDatabase::run(holder, QStringLiteral("BEGIN; CREATE ROLE uo_%1_admin NOLOGIN").arg(name)),
            QString());
        QProcess publish;
        publish.start(QStringLiteral(URBANOPS_CLI),
                      {QStringLiteral("server"), QStringLiteral("publish"), m_file, m_db->url(),
                       QStringLiteral("--district"), name});
        QTRY_VERIFY_WITH_TIMEOUT(
            m_db->value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                       "wait_event_type = 'Lock' AND query LIKE 'CREATE ROLE%'")) ==
                QLatin1String("1"),
            120000);
        publish.kill();
        QVERIFY(publish.waitForFinished(60000));
        QCOMPARE(publish.exitStatus(), QProcess::CrashExit);
        QCOMPARE(TestDatabase::run(holder, QStringLiteral("ROLLBACK")), QString());
        PQfinish(holder);
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = '%1'").arg(name)),
            QStringLiteral("0"));
        const Run again = cli({QStringLiteral("server"), QStringLiteral("publish"), m_file, m_db->url(),
                               QStringLiteral("--district"), name});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }

    void logins()
    {
        const qint64 person = uo::test::rawInt(m_file, "SELECT min(chief_id) FROM road_segments");
        QVERIFY(person > 0);
        const QString chief = TestDatabase::name("chief");
        const Run added =
            cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), url(), chief,
                 QStringLiteral("--role"), QStringLiteral("chief"), QStringLiteral("--person"),
                 QString::number(person), QStringLiteral("--password-stdin")},
                "secret\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run listed =
            cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("list"), url()});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(QRegularExpression(
                     chief + QStringLiteral("  Segment chief  .+ \\(id %1\\)  can sign in").arg(person))),
                 qPrintable(listed.out));
        // Signed in as that chief, with the password given.
        const Run asChief =
            cli({QStringLiteral("info"), m_db->url(m_district, chief, QStringLiteral("secret"))});
        QVERIFY2(asChief.exitCode == 0, qPrintable(asChief.err));
        QVERIFY2(asChief.out.contains(QStringLiteral("%1 (Segment chief)").arg(chief)),
                 qPrintable(asChief.out));
        QVERIFY(!asChief.out.contains(QLatin1String("secret")));
    }

    void exportBack()
    {
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        const Run exported = cli({QStringLiteral("server"), QStringLiteral("export"), url(), back});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(counts(cli({QStringLiteral("info"), back}).out),
                 counts(cli({QStringLiteral("info"), m_file}).out));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("publish over a district")
            << QStringList{QStringLiteral("server"), QStringLiteral("publish"), QStringLiteral("FILE"),
                           QStringLiteral("URL")}
            << 1 << "already has a district";
        QTest::newRow("an unknown role")
            << QStringList{QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("URL"),    QStringLiteral("x"),    QStringLiteral("--role"),
                           QStringLiteral("boss")}
            << 2 << "usage:";
        QTest::newRow("a district that is not there")
            << QStringList{QStringLiteral("info"), QStringLiteral("URL-none")} << 1
            << "has no district nowhere";
        QTest::newRow("not a district name")
            << QStringList{QStringLiteral("server"),     QStringLiteral("publish"),
                           QStringLiteral("FILE"),       QStringLiteral("URL"),
                           QStringLiteral("--district"), QStringLiteral("Jiang-bei")}
            << 1 << "cannot be a district name";
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        for (QString &a : arguments) {
            if (a == QLatin1String("FILE"))
                a = m_file;
            else if (a == QLatin1String("URL"))
                a = url();
            else if (a == QLatin1String("URL-none"))
                a = m_db->url(QStringLiteral("nowhere"));
        }
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        if (exitCode == 1)
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    // The benchmark runs and prints its figures (it times nothing here), the writers test's counts on a
    // small run.
    void bench()
    {
        const Run run = cli({QStringLiteral("bench"), QStringLiteral("server"), url(), m_file,
                             QStringLiteral("--writers"), QStringLiteral("3"), QStringLiteral("--edits"),
                             QStringLiteral("30")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Every edit of the writers is saved or reported as a conflict, and none of the saved is lost.
        auto number = [&run](const char *name) {
            const QRegularExpression line(QStringLiteral("^%1 (-?[0-9.]+)$").arg(QLatin1String(name)),
                                          QRegularExpression::MultilineOption);
            return run.out.contains(line) ? line.match(run.out).captured(1).toDouble() : -1.0;
        };
        QCOMPARE(number("lost_updates"), 0.0);
        QCOMPARE(number("saves_reported") + number("conflicts_reported"), 90.0);
        QVERIFY2(number("save_10k_ms") > 0, qPrintable(run.out + run.err));
        // Another process heard each commit.
        QVERIFY2(number("notify_ms") >= 0, qPrintable(run.out + run.err));
        for (const char *figure : {"publish_ms", "ogr2ogr_ms", "rows"})
            QVERIFY2(
                run.out.contains(QRegularExpression(QStringLiteral("^%1 [0-9]+$").arg(QLatin1String(figure)),
                                                    QRegularExpression::MultilineOption)),
                qPrintable(run.out));
        // It leaves no scratch districts behind.
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'bench\\_%'")),
            QStringLiteral("0"));
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_file, m_district;
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
