// urbanops-cli as a user runs it on stores that are damaged, read-only, or killed in the middle of a
// command: `info` refuses a damaged file and `check` names what is wrong; `segments propose --apply`
// killed at any moment leaves the district all as before or all as proposed; a benchmark's private copy
// is removed when it is stopped, and one left by a killed benchmark is removed by the next one; a store
// in a folder the user may not write, or a write-protected file, is read by `info` and `export` and
// refused with the reason by writers (run as the unprivileged user `nobody` when the tests run as root,
// so that permissions apply).

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "tests/app/damaged_page.h"
#include "tests/core/segments/segment_district.h"
#include "tests/gis/render/tiny_district.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <functional>
#include <unistd.h>

using namespace uo;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

QProcessEnvironment environment(const QString &temp)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("TMPDIR"), temp); // benchmarks' copies go there, not into the real /tmp
    return env;
}

// Runs as `nobody` when this test runs as root, so that file permissions apply to the program.
void asNobody(QProcess &process)
{
    if (geteuid() != 0)
        return;
    process.setChildProcessModifier([] {
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(126);
    });
}

// Roads 1000 m long, side by side, without segments: what `propose --apply` cuts.
void addRoads(DistrictStore &store, int count)
{
    sql::Transaction tx(store.db());
    for (int i = 0; i < count; ++i) {
        const double y = segment_district::kY + 2000 + 50.0 * i;
        store.insertRow(QStringLiteral("roads"),
                        {{QStringLiteral("code"), QStringLiteral("K%1").arg(i)},
                         {QStringLiteral("name"), QStringLiteral("测试路%1").arg(i)},
                         {QStringLiteral("grade"), QStringLiteral("branch")},
                         {QStringLiteral("geom"), segment_district::line({segment_district::kX, y},
                                                                         {segment_district::kX + 1000, y})}});
    }
    tx.commit();
}

qint64 count(const QString &path, const QByteArray &sql)
{
    auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
    return store->db().scalarInt(sql);
}

} // namespace

class TestCliStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run cli(const QStringList &arguments, const std::function<void(QProcess &)> &setup = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(m_dir.path()));
        if (setup)
            setup(process);
        process.start(QStringLiteral(URBANOPS_CLI), arguments);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString tiny(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        tiny_district::create(path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(),
                              QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther);
    }

    void checkPassesAWholeStore()
    {
        const QString path = tiny(QStringLiteral("whole.sqlite"));
        const Run run = cli({QStringLiteral("check"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("0 problems")), qPrintable(run.out));
    }

    void infoAndCheckFindADamagedPage()
    {
        const QString path = tiny(QStringLiteral("damaged.sqlite"));
        QVERIFY(damaged_page::damage(path));
        const Run info = cli({QStringLiteral("info"), path});
        QCOMPARE(info.exitCode, 1);
        QVERIFY2(info.err.contains(QStringLiteral("damaged")) && info.err.contains(path),
                 qPrintable(info.err));
        QVERIFY(info.out.isEmpty()); // no half description
        const Run check = cli({QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QStringLiteral("DAMAGE")) ||
                     check.err.contains(QStringLiteral("damaged")),
                 qPrintable(check.out + check.err));
    }

    void checkNamesABrokenInvariant()
    {
        const QString path = tiny(QStringLiteral("invariant.sqlite"));
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {path, QStringLiteral("DROP TRIGGER lv_delete_shops")});
        QVERIFY(shell.waitForFinished(30000));
        const Run check = cli({QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QStringLiteral("shops")), qPrintable(check.out));
    }

    // Killed at random moments while it cuts 40 roads in one transaction: nothing or everything.
    void proposeApplyIsAllOrNothing()
    {
        const QString base = m_dir.filePath(QStringLiteral("roads.sqlite"));
        {
            auto store = DistrictStore::create(base, {});
            addRoads(*store, 40);
        }
        const QByteArray segments = "SELECT count(*) FROM road_segments";
        const Run full =
            cli({QStringLiteral("segments"), QStringLiteral("propose"), base, QStringLiteral("--max-length"),
                 QStringLiteral("50"), QStringLiteral("--apply")});
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        const qint64 all = count(base, segments);
        QCOMPARE(all, 40 * 20);

        QRandomGenerator random(12);
        int cutShort = 0;
        for (int attempt = 0; attempt < 5; ++attempt) {
            const QString path = m_dir.filePath(QStringLiteral("roads-%1.sqlite").arg(attempt));
            {
                auto store = DistrictStore::create(path, {});
                addRoads(*store, 40);
            }
            QProcess process;
            process.setProcessEnvironment(environment(m_dir.path()));
            process.start(QStringLiteral(URBANOPS_CLI),
                          {QStringLiteral("segments"), QStringLiteral("propose"), path,
                           QStringLiteral("--max-length"), QStringLiteral("50"), QStringLiteral("--apply")});
            QVERIFY(process.waitForReadyRead(60000)); // the first road is being cut
            QThread::usleep(random.bounded(200000));
            process.kill();
            process.waitForFinished();
            const qint64 now = count(path, segments);
            QVERIFY2(now == 0 || now == all, qPrintable(QString::number(now)));
            cutShort += now == 0;
        }
        qInfo("%d of 5 kills came before the commit", cutShort);
    }

    // Another program changes the schema (an index made and dropped, as a large import setting its
    // indexes aside does) again and again while permits are imported: the import still goes through.
    void permitsImportSurvivesAnotherProgramsSchemaChanges()
    {
        const QString path = tiny(QStringLiteral("schema.sqlite"));
        const QString exported = m_dir.filePath(QStringLiteral("permits.geojson"));
        QCOMPARE(cli({QStringLiteral("export"), path, QStringLiteral("permits"), exported}).exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        const qint64 before = count(path, "SELECT count(*) FROM permits");
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QString again = m_dir.filePath(QStringLiteral("again-%1.geojson").arg(attempt));
            QFile out(again);
            QVERIFY(out.open(QIODevice::WriteOnly));
            const QByteArray renumbered = "\"permit_no\": \"R" + QByteArray::number(attempt);
            out.write(QByteArray(text).replace(QByteArray("\"permit_no\": \""), renumbered));
            out.close();
            QProcess other;
            other.start(QStringLiteral("sh"),
                        {QStringLiteral("-c"),
                         QStringLiteral(
                             "while :; do sqlite3 '%1' 'CREATE INDEX IF NOT EXISTS other_x ON shops(name); "
                             "DROP INDEX other_x;' 2>/dev/null; done")
                             .arg(path)});
            QVERIFY(other.waitForStarted());
            QThread::msleep(100);
            const Run imported = cli({QStringLiteral("permits"), QStringLiteral("import"), path, again});
            other.kill();
            other.waitForFinished();
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        QCOMPARE(count(path, "SELECT count(*) FROM permits"), before * 4);
    }

    // Stopped (SIGTERM) it removes its copy at once; killed (SIGKILL) the next benchmark removes it.
    void benchmarksCleanUpTheirCopies()
    {
        // A small demo district: the segment benchmark needs a road network.
        const QString path = m_dir.filePath(QStringLiteral("bench.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("create"), path, QStringLiteral("--scale"),
                      QStringLiteral("0.001")})
                     .exitCode,
                 0);
        const QDir copies(m_dir.filePath(QStringLiteral("urbanops-bench")));
        for (const bool polite : {true, false}) {
            QProcess bench;
            bench.setProcessEnvironment(environment(m_dir.path()));
            bench.start(QStringLiteral(URBANOPS_CLI),
                        {QStringLiteral("bench"), QStringLiteral("segments"), path});
            QVERIFY(bench.waitForStarted());
            // Its copy: a folder with the store in it.
            for (int i = 0; i < 2000 && copies.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(); ++i)
                QThread::msleep(5);
            QCOMPARE(copies.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
            polite ? bench.terminate() : bench.kill();
            QVERIFY(bench.waitForFinished(30000));
            QCOMPARE(copies.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), polite ? 0 : 1);
        }
        const Run next = cli({QStringLiteral("bench"), QStringLiteral("segments"), path});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QCOMPARE(copies.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
    }

    // A folder the user may not write (as `nobody` when root) and a write-protected file in a folder the
    // user may write: readers work, writers say why they cannot.
    void readOnlyStoresAreReadAndWritersSayWhy_data()
    {
        QTest::addColumn<bool>("protectFolder");
        QTest::addColumn<QString>("reason");
        QTest::newRow("folder without write permission") << true << QStringLiteral("folder");
        QTest::newRow("write-protected file") << false << QStringLiteral("write-protected");
    }

    void readOnlyStoresAreReadAndWritersSayWhy()
    {
        QFETCH(bool, protectFolder);
        QFETCH(QString, reason);
        const QString folder =
            m_dir.filePath(protectFolder ? QStringLiteral("locked") : QStringLiteral("open"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("d.sqlite"));
        tiny_district::create(path);
        const QString csv = m_dir.filePath(QStringLiteral("assignments.csv"));
        QVERIFY(cli({QStringLiteral("segments"), QStringLiteral("export"), path, csv}).exitCode == 0);
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto enter = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(csv, readable | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(path, protectFolder ? readable | QFile::WriteOwner : readable));
        QVERIFY(QFile::setPermissions(folder, protectFolder ? readable | enter
                                                            : readable | enter | QFile::WriteOwner |
                                                                  QFile::WriteGroup | QFile::WriteOther));

        const Run info = cli({QStringLiteral("info"), path}, asNobody);
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY(info.out.contains(QStringLiteral("components")));
        const QString out = m_dir.filePath(QStringLiteral("out-%1.geojson").arg(protectFolder));
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::WriteOther);
        const Run exported =
            cli({QStringLiteral("export"), path, QStringLiteral("risk_points"), out}, asNobody);
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) & ~QFile::WriteOther);
        QVERIFY2(exported.exitCode == 0 && QFile::exists(out), qPrintable(exported.err));
        const Run import = cli({QStringLiteral("segments"), QStringLiteral("import"), path, csv}, asNobody);
        QVERIFY(import.exitCode != 0);
        QVERIFY2(import.err.contains(reason) && import.err.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(import.err));
        QFile::setPermissions(folder, readable | enter | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
