// Edit sessions in separate processes on one file: a save killed halfway leaves the store intact with
// none of its rows, and its journal brings them back; a save killed after its commit is not written
// twice by the recovery; kills at random moments of saves with new rows lose nothing and double
// nothing; two sessions of one user keep journals of their own; two processes editing the same
// component end in a detected conflict while their other components both save.

#include "core/edit_session/edit_session.h"
#include "core/sql/statement.h"
#include "tests/core/edit_session/edit_district.h"

#include "core/edit_session/edit_journal.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace uo;
using namespace uo::edit;

namespace {
const QString kComponents = QStringLiteral("components");

QString childPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/edit_save_child");
}

qint64 countNote(DistrictStore &store, const char *note)
{
    return store.db().scalarInt(QByteArray("SELECT count(*) FROM components WHERE note = '") + note + "'");
}

// Starts the child and waits until it says `word`; false when it never does.
bool startUntil(QProcess &child, const QStringList &arguments, const QByteArray &word)
{
    child.start(childPath(), arguments);
    if (!child.waitForStarted())
        return false;
    QByteArray out;
    while (!out.contains(word) && child.waitForReadyRead(20000))
        out += child.readAllStandardOutput();
    return out.contains(word);
}

void killNow(QProcess &child)
{
    child.kill(); // SIGKILL: nothing of the child's runs after it
    child.waitForFinished();
}
} // namespace

class TestEditProcesses : public QObject
{
    Q_OBJECT

private slots:
    void killedInTheMiddleOfASaveLeavesTheStoreWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        edit_district::make(path, 2000).reset();

        QProcess child;
        child.start(childPath(), {path, QStringLiteral("1-2000"), QStringLiteral("child"),
                                  QStringLiteral("--pause-at"), QStringLiteral("1000")});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("mid-save") && child.waitForReadyRead(20000))
            out += child.readAllStandardOutput();
        QVERIFY2(out.contains("mid-save"), out.constData());
        child.kill();
        QVERIFY(child.waitForFinished());

        auto store = DistrictStore::open(path);
        QCOMPARE(store->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(store->db().scalarText("PRAGMA foreign_key_check"), QString());
        QCOMPARE(countNote(*store, "child"), 0); // the old state, whole
        QCOMPARE(store->db().scalarInt("SELECT count(*) FROM audit_log WHERE operator = 'child'"), 0);

        // The child's journal holds its unsaved edits: they are offered again, and save whole.
        EditSession session(*store);
        QVERIFY(session.recover());
        QCOMPARE(session.changeCount(), 2000);
        const SaveResult result = session.save();
        QCOMPARE(result.saved, 2000);
        QCOMPARE(countNote(*store, "child"), 2000);
        QVERIFY(!QFile::exists(session.journalPath()));
    }

    // The moment between a save's COMMIT and the rewrite of its journal: the journal still holds the
    // saved rows, and recovery must find that the store already has them.
    void aKillAfterTheCommitDoesNotSaveTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        edit_district::make(path, 100).reset();
        QProcess child;
        QVERIFY(
            startUntil(child,
                       {path, QStringLiteral("1-100"), QStringLiteral("child"), QStringLiteral("--insert"),
                        QStringLiteral("200"), QStringLiteral("--pause-after-commit")},
                       "committed"));
        killNow(child);

        auto store = DistrictStore::open(path);
        QCOMPARE(EditJournal::orphans(path).size(), 1);
        EditSession session(*store);
        QVERIFY(session.recover());
        QCOMPARE(session.changeCount(), 0); // all of it was saved
        QVERIFY(EditJournal::orphans(path).isEmpty());
        QCOMPARE(store->count(kComponents), 300);
        QCOMPARE(store->db().scalarInt("SELECT count(DISTINCT ident) FROM components"), 300);
        QCOMPARE(countNote(*store, "child"), 300);
    }

    // Kills at random moments around a save with 300 new rows: whatever the moment, recovering and saving
    // gives every row once.
    void killsAtRandomMomentsOfASaveLoseAndDoubleNothing()
    {
        QRandomGenerator random(20261206); // the same moments on every run
        int committedBeforeTheKill = 0;
        constexpr int kKills = 12;
        for (int kill = 0; kill < kKills; ++kill) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("d.sqlite"));
            edit_district::make(path, 200).reset();
            QProcess child;
            QVERIFY(startUntil(child,
                               {path, QStringLiteral("1-200"), QStringLiteral("child"),
                                QStringLiteral("--insert"), QStringLiteral("300"),
                                QStringLiteral("--announce-save")},
                               "saving"));
            QThread::usleep(random.bounded(60000)); // a save of 500 rows takes some tens of ms here
            killNow(child);

            auto store = DistrictStore::open(path);
            QCOMPARE(store->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
            committedBeforeTheKill += countNote(*store, "child") > 0;
            EditSession session(*store);
            session.recover(); // false when the save had finished and removed its journal
            session.save();
            QCOMPARE(store->count(kComponents), 500);
            QCOMPARE(store->db().scalarInt("SELECT count(DISTINCT ident) FROM components"), 500);
            QCOMPARE(countNote(*store, "child"), 500);
            QVERIFY(EditJournal::orphans(path).isEmpty());
        }
        qInfo("%d of %d kills came after the save committed", committedBeforeTheKill, kKills);
    }

    // Two sessions of one user on one machine: each has its own journal; a third one's save removes
    // neither; each is recovered whole once its process is gone.
    void twoSessionsOfOneUserKeepTheirOwnJournals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        edit_district::make(path, 20).reset();
        QProcess first, second, third;
        QVERIFY(startUntil(
            first, {path, QStringLiteral("1-5"), QStringLiteral("first"), QStringLiteral("--no-save")},
            "edited"));
        QVERIFY(startUntil(
            second, {path, QStringLiteral("6-10"), QStringLiteral("second"), QStringLiteral("--no-save")},
            "edited"));
        killNow(first);
        third.start(childPath(), {path, QStringLiteral("11-12"), QStringLiteral("third")});
        QVERIFY(third.waitForFinished(30000));
        QCOMPARE(third.readAllStandardOutput().trimmed(), QByteArray("saved 2 conflicts 0"));
        // The second still runs: only the first's journal is an orphan, and the third's save kept it.
        QCOMPARE(EditJournal::orphans(path).size(), 1);
        killNow(second);
        const QList<OrphanJournal> orphans = EditJournal::orphans(path);
        QCOMPARE(orphans.size(), 2);

        auto store = DistrictStore::open(path);
        for (const OrphanJournal &orphan : orphans) {
            QCOMPARE(orphan.changes, 5);
            EditSession session(*store);
            QVERIFY(session.recover(orphan.path));
            QCOMPARE(session.changeCount(), 5);
            QCOMPARE(session.save().saved, 5);
        }
        QCOMPARE(countNote(*store, "first"), 5);
        QCOMPARE(countNote(*store, "second"), 5);
        QCOMPARE(countNote(*store, "third"), 2);
        QVERIFY(EditJournal::orphans(path).isEmpty());
    }

    void aSaveLeftToFinishWritesEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        edit_district::make(path, 500).reset();
        QProcess child;
        child.start(childPath(), {path, QStringLiteral("1-500"), QStringLiteral("child")});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("saved 500 conflicts 0"));
        auto store = DistrictStore::open(path);
        QCOMPARE(countNote(*store, "child"), 500);
        QCOMPARE(store->db().scalarInt("SELECT count(*) FROM audit_log WHERE operator = 'child'"), 500);
    }

    void twoProcessesOnTheSameComponentConflict()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        auto store = edit_district::make(path, 10);
        EditSession mine(*store);
        mine.setJournalEnabled(false); // the child runs as the same user on the same machine
        mine.apply(
            mine.setValues(kComponents, {1, 3}, {{QStringLiteral("note"), QStringLiteral("parent")}}, {}));

        QProcess child;
        child.start(childPath(), {path, QStringLiteral("1,2"), QStringLiteral("child")});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("saved 2 conflicts 0"));

        const SaveResult result = mine.save();
        QCOMPARE(result.saved, 1);
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.conflicts.first().key.id, 1);
        QCOMPARE(result.conflicts.first().theirs->value(QStringLiteral("note")).toString(),
                 QStringLiteral("child"));
        QCOMPARE(result.conflicts.first().mine->value(QStringLiteral("note")).toString(),
                 QStringLiteral("parent"));
        QCOMPARE(countNote(*store, "child"), 2);  // 1 and 2
        QCOMPARE(countNote(*store, "parent"), 1); // 3
    }
};

QTEST_GUILESS_MAIN(TestEditProcesses)
#include "tst_edit_processes.moc"
