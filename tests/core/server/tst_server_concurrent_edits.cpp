// No lost update on a server district (#14 phase 2, step 3), with real processes as the workstations:
// two edit sessions that read the same components save at the same moment; different columns both stay,
// the same column is a conflict for the second saver and what it then chooses (keep mine, take theirs)
// is what the server holds; a saver killed with kill -9 halfway leaves nothing of its save and no lock
// behind; two workstations cutting one segment at once keep the road covered without gap or overlap;
// two adding a component with the same next serial both save, the second under the serial after it.
// Checks read the server through plain libpq.

#include "core/edit_session/edit_journal.h"
#include "core/edit_session/edit_session.h"
#include "core/segments/segment_coverage.h"
#include "core/segments/segment_editor.h"
#include "core/server/server_district.h"
#include "core/server/server_roles.h"
#include "core/server/server_url.h"
#include "core/store/district_store.h"
#include "tests/core/edit_session/edit_district.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"
#include "tests/core/server/workstation_child.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace uo::test;

class TestServerConcurrentEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        const QString file = m_dir.filePath(QStringLiteral("district.sqlite"));
        {
            auto store = edit_district::make(file, 20);
            m_road = edit_district::addRoad(*store);
        }
        const QString url = uo::test::publishCopy(*m_db, file, "edits");
        m_district = TestDatabase::name("edits");
        m_adminUrl = url;
        auto district = uo::server::ServerDistrict::open(uo::server::ServerUrl::parse(url));
        const QString login = TestDatabase::name("editor");
        uo::server::ServerRoles::addUser(*district, login, uo::server::Role::Editor, std::nullopt,
                                         QStringLiteral("pw-editor"));
        m_editorUrl = m_db->url(m_district, login, QStringLiteral("pw-editor"));
        // The children's journals of a server district go to the user's data folder: a private one here.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }
    void cleanupTestCase() { m_db.reset(); }

    void differentColumnsBothStay()
    {
        // Both read components 1-5 before either saves; they save at the same moment.
        QProcess a, b;
        QVERIFY(!startUntil(a, kEditChild, edit(QStringLiteral("1-5"), QStringLiteral("甲的备注"), "note"),
                            "ready")
                     .isEmpty());
        QVERIFY(!startUntil(b, kEditChild, edit(QStringLiteral("1-5"), QStringLiteral("乙的照片"), "photo"),
                            "ready")
                     .isEmpty());
        tell(a);
        tell(b);
        const QByteArray outA = finish(a), outB = finish(b);
        QVERIFY2(outA.contains("saved 5 conflicts 0"), outA.constData());
        QVERIFY2(outB.contains("saved 5 conflicts 0"), outB.constData());
        QCOMPARE(value("SELECT count(*) FROM components WHERE id BETWEEN 1 AND 5 AND note = '甲的备注' "
                       "AND photo = '乙的照片'"),
                 QStringLiteral("5"));
        // Each save is in the audit log under the login, once per row.
        QCOMPARE(value("SELECT count(*) FROM audit_log WHERE table_name = 'components' AND action = 'update' "
                       "AND row_id BETWEEN 1 AND 5"),
                 QStringLiteral("10"));
    }

    void sameColumnIsAConflictAndTheChoiceIsStored_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("firstIds");
        QTest::newRow("keep mine") << QStringLiteral("mine") << QStringLiteral("6-8");
        QTest::newRow("take theirs") << QStringLiteral("theirs") << QStringLiteral("9-11");
    }
    void sameColumnIsAConflictAndTheChoiceIsStored()
    {
        QFETCH(QString, choice);
        QFETCH(QString, firstIds);
        const QString mine = QStringLiteral("乙:") + choice, theirs = QStringLiteral("甲:") + choice;
        // Both read the rows. A saves first and stops inside its transaction, its rows written and locked;
        // B's save then waits for them, and reads them again once A committed.
        QStringList argsA = edit(firstIds, theirs, "note");
        QStringList argsB = edit(firstIds, mine, "note");
        argsA << QStringLiteral("--hold-at") << QStringLiteral("1");
        argsB << QStringLiteral("--resolve") << choice;
        const auto [outA, outB] = firstHoldsSecondWaits(argsA, argsB);
        QVERIFY2(outA.contains("saved 3 conflicts 0"), outA.constData());
        // B was told of all three rows, and chose.
        QVERIFY2(outB.contains("saved 0 conflicts 3"), outB.constData());
        if (choice == QLatin1String("mine"))
            QVERIFY2(outB.contains("resolved saved 3 conflicts 0"), outB.constData());
        const QString expected = choice == QLatin1String("mine") ? mine : theirs;
        const QByteArray range = firstIds.replace(QLatin1Char('-'), QLatin1String(" AND ")).toUtf8();
        QCOMPARE(value("SELECT count(*) FROM components WHERE id BETWEEN " + range + " AND note = '" +
                       expected.toUtf8() + "'"),
                 QStringLiteral("3"));
    }

    // Two workstations add a component of one class with the same next serial. The first save has
    // written its new component and not committed; the second waits for it, then finds the serial taken
    // and gives its component the next one. Before the numbering was held, the second found the serial
    // free, wrote it, and failed on the duplicate once the first committed: nothing of it was saved.
    void sameNewIdentifierFromTwoWorkstationsIsRenumbered()
    {
        QStringList argsA = edit(QStringLiteral("9"), QStringLiteral("甲加"), "note");
        QStringList argsB = edit(QStringLiteral("10"), QStringLiteral("乙加"), "note");
        argsA << QStringLiteral("--insert") << QStringLiteral("1") << QStringLiteral("--hold-at")
              << QStringLiteral("1");
        argsB << QStringLiteral("--insert") << QStringLiteral("1");
        const auto [outA, outB] = firstHoldsSecondWaits(argsA, argsB);
        QVERIFY2(outA.contains("saved 2 conflicts 0"), QByteArray(outA + " / " + outB).constData());
        QVERIFY2(outB.contains("saved 2 conflicts 0"), QByteArray(outA + " / " + outB).constData());
        QCOMPARE(value("SELECT count(*) FROM components WHERE note IN ('甲加', '乙加')"),
                 QStringLiteral("4"));
        QCOMPARE(value("SELECT count(DISTINCT ident) FROM components WHERE name = '新增1' AND note IN "
                       "('甲加', '乙加')"),
                 QStringLiteral("2"));
    }

    void killedMidSaveLeavesNothingHalfWritten()
    {
        const QString components = value("SELECT count(*) FROM components");
        QProcess child;
        QVERIFY(!startUntil(child, kEditChild,
                            {m_editorUrl, QStringLiteral("12-20"), QStringLiteral("killed"),
                             QStringLiteral("--pause-at"), QStringLiteral("6"), QStringLiteral("--insert"),
                             QStringLiteral("3")},
                            "mid-save")
                     .isEmpty());
        child.kill(); // SIGKILL: the server rolls the transaction back when the connection drops
        child.waitForFinished();
        QCOMPARE(value("SELECT count(*) FROM components WHERE note = 'killed'"), QStringLiteral("0"));
        QCOMPARE(value("SELECT count(*) FROM components"), components);
        // Its row locks went with it: the next save of the same rows goes through whole.
        QProcess next;
        next.start(kEditChild, {m_editorUrl, QStringLiteral("12-20"), QStringLiteral("after")});
        const QByteArray out = finish(next);
        QVERIFY2(out.contains("saved 9 conflicts 0"), out.constData());
        QCOMPARE(value("SELECT count(*) FROM components WHERE note = 'after'"), QStringLiteral("9"));
    }

    // Killed right after its transaction committed, before it removed its journal: the journal found
    // afterwards is known as saved (the session counted its save in the district, which an editor may
    // write on a server for that alone) and recovering it writes nothing twice.
    void killedAfterCommitDoublesNothing()
    {
        // A data folder of its own: the journal the earlier kill left is not this test's.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data-after-commit")).toUtf8());
        const qint64 before = value("SELECT count(*) FROM components").toLongLong();
        QProcess child;
        QVERIFY(!startUntil(child, kEditChild,
                            {m_editorUrl, QStringLiteral("1-5"), QStringLiteral("committed"),
                             QStringLiteral("--insert"), QStringLiteral("4"),
                             QStringLiteral("--pause-after-commit")},
                            "committed")
                     .isEmpty());
        child.kill();
        child.waitForFinished();
        QCOMPARE(value("SELECT count(*) FROM components").toLongLong(), before + 4);
        QCOMPARE(value("SELECT count(*) FROM components WHERE note = 'committed'"), QStringLiteral("9"));

        auto store = uo::DistrictStore::open(m_editorUrl);
        QCOMPARE(uo::edit::EditJournal::orphans(store->path()).size(), 1);
        uo::edit::EditSession session(*store);
        QVERIFY(session.recover());
        QCOMPARE(session.changeCount(), 0); // all of it was saved
        QVERIFY(uo::edit::EditJournal::orphans(store->path()).isEmpty());
        QCOMPARE(value("SELECT count(*) FROM components").toLongLong(), before + 4);
        QCOMPARE(value("SELECT count(*) FROM components WHERE note = 'committed'"), QStringLiteral("9"));
    }

    void concurrentSplitsKeepTheRoadCovered()
    {
        const QString first = value("SELECT id FROM road_segments WHERE from_m = 0");
        // The test holds the road as a third writer would, until both children wait for it.
        PGconn *holder = PQconnectdb(m_db->url().toUtf8().constData());
        QCOMPARE(PQstatus(holder), CONNECTION_OK);
        QCOMPARE(TestDatabase::run(holder, QStringLiteral("BEGIN")), QString());
        QCOMPARE(TestDatabase::run(holder, QStringLiteral("SELECT id FROM %1.roads WHERE id = %2 FOR UPDATE")
                                               .arg(m_district)
                                               .arg(m_road)),
                 QString());
        QProcess a, b;
        QVERIFY(!startUntil(a, kSplitChild, {m_adminUrl, first, QStringLiteral("50")}, "ready").isEmpty());
        QVERIFY(!startUntil(b, kSplitChild, {m_adminUrl, first, QStringLiteral("100")}, "ready").isEmpty());
        // Both wait for the road's lock before either has read its segment.
        QVERIFY(waitForLockWaits(2));
        QCOMPARE(TestDatabase::run(holder, QStringLiteral("COMMIT")), QString());
        PQfinish(holder);
        a.waitForFinished(60000);
        b.waitForFinished(60000);
        const QByteArray out =
            a.readAll() + b.readAll() + a.readAllStandardError() + b.readAllStandardError();
        // One cut first; the other's segment then ends at 50 m, so its cut at 100 m (or at 50 m) is refused.
        QCOMPARE(int(a.exitCode() == 0) + int(b.exitCode() == 0), 1);
        QVERIFY2(out.contains("split "), out.constData());
        auto store = uo::DistrictStore::open(m_adminUrl);
        uo::SegmentEditor editor(*store);
        const uo::RoadSegments road = editor.read(m_road);
        QCOMPARE(road.segments.size(), 4);
        QList<uo::SegmentSpan> spans;
        for (const uo::SegmentRecord &s : road.segments)
            spans.append({s.id, s.from, s.to});
        const QList<uo::CoverageProblem> problems = uo::SegmentCoverage::check(400.0, spans);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).describe()));
    }

    // The layer's change counter steps once per transaction that changed it (a 10,000-row save is one
    // step, not 10,000), and a step undone with a savepoint is taken again by the next change.
    void layerVersionStepsOncePerTransaction()
    {
        const QByteArray version = "SELECT version FROM layer_versions WHERE table_name = 'components'";
        const qint64 before = value(version).toLongLong();
        auto run = [this](const QStringList &statements) {
            for (const QString &sql : statements)
                QCOMPARE(m_db->run(sql), QString());
        };
        const QString update = QStringLiteral("UPDATE components SET note = 'lv' WHERE id = %1");
        run({QStringLiteral("BEGIN"), update.arg(1), update.arg(2), update.arg(3), QStringLiteral("COMMIT")});
        QCOMPARE(value(version).toLongLong(), before + 1);
        run({QStringLiteral("BEGIN"), QStringLiteral("SAVEPOINT s"), update.arg(4),
             QStringLiteral("ROLLBACK TO SAVEPOINT s"), update.arg(5), QStringLiteral("COMMIT")});
        QCOMPARE(value(version).toLongLong(), before + 2);
        run({QStringLiteral("BEGIN"), update.arg(6), QStringLiteral("ROLLBACK")});
        QCOMPARE(value(version).toLongLong(), before + 2);
    }

private:
    // Both children read their rows; A saves and stops inside its transaction after its first row, B's
    // save then waits for a lock of A's, and A commits. What each said (empty when A never held or B
    // never waited).
    std::pair<QByteArray, QByteArray> firstHoldsSecondWaits(const QStringList &argsA,
                                                            const QStringList &argsB)
    {
        QProcess a, b;
        if (startUntil(a, kEditChild, argsA, "ready").isEmpty() ||
            startUntil(b, kEditChild, argsB, "ready").isEmpty())
            return {};
        tell(a);
        QByteArray out;
        while (!out.contains("holding") && a.waitForReadyRead(30000))
            out += a.readAllStandardOutput();
        if (!out.contains("holding"))
            return {};
        tell(b);
        if (!waitForLockWaits(1))
            return {};
        tell(a);
        return {out + finish(a), finish(b)};
    }
    // Until `count` connections of the test database wait for a lock.
    bool waitForLockWaits(int count) const
    {
        return waitUntil([&] { return lockWaits(*m_db) == count; });
    }
    QStringList edit(const QString &ids, const QString &text, const char *column) const
    {
        return {m_editorUrl,
                ids,
                text,
                QStringLiteral("--column"),
                QLatin1String(column),
                QStringLiteral("--wait-for-go")};
    }
    QString value(const QByteArray &sql) const
    {
        TestDatabase::run(m_db->admin(), QStringLiteral("SET search_path = %1, public").arg(m_district));
        return m_db->value(QString::fromUtf8(sql));
    }

    const QString kEditChild = QStringLiteral(EDIT_SAVE_CHILD);
    const QString kSplitChild = QStringLiteral(SEGMENT_SPLIT_CHILD);
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    QString m_district, m_adminUrl, m_editorUrl;
    qint64 m_road = 0;
};

QTEST_GUILESS_MAIN(TestServerConcurrentEdits)
#include "tst_server_concurrent_edits.moc"
