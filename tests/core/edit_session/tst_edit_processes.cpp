// Edit sessions in separate processes on one file: a save killed halfway leaves the store intact with
// none of its rows, and its journal brings them back; two processes editing the same component end in a
// detected conflict while their other components both save.

#include "core/edit_session/edit_session.h"
#include "tests/core/edit_session/edit_district.h"
#include "core/sql/statement.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
