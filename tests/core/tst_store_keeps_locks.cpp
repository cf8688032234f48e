// Another program opening and closing the district file while this process has it open: SQLite's locks
// stay this process's, so the other program never believes it is the last user, never checkpoints and
// deletes the WAL under us, and every save made before and after reaches the file. The store is opened
// a second time in this process first, as the workstation does (map loads, summaries, imports): that
// open must go through SQLite alone (closing any other descriptor of the file drops the process's locks).

#include "tests/core/store_fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using uo::DistrictStore;
using namespace uo::test;

namespace {

const QVariantMap kStreet{{QStringLiteral("code"), QStringLiteral("500105005")},
                          {QStringLiteral("name"), QStringLiteral("寸滩街道")},
                          {QStringLiteral("kind"), QStringLiteral("street")}};

QVariantMap street(int n)
{
    QVariantMap row = kStreet;
    row.insert(QStringLiteral("code"), QStringLiteral("5001050%1").arg(n, 2, 10, QLatin1Char('0')));
    return row;
}

// Files this process holds open that the system says were deleted (a WAL removed under SQLite): their
// links in /proc/self/fd end in " (deleted)".
QStringList deletedOpenFiles(const QString &path)
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        char buffer[4096];
        const ssize_t n =
            readlink(QFile::encodeName(fds.filePath(fd)).constData(), buffer, sizeof buffer - 1);
        const QByteArray target(buffer, n > 0 ? int(n) : 0);
        if (target.startsWith(QFile::encodeName(path)) && target.endsWith("(deleted)"))
            deleted << QString::fromLocal8Bit(target);
    }
    return deleted;
}

// Runs another program on the file and waits for it; its output.
QByteArray runOther(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return QByteArray("did not finish");
    return process.readAllStandardOutput() + process.readAllStandardError();
}

qint64 streetsInFileAlone(const QString &path, const QString &copyFolder)
{
    // The .sqlite copied alone, as a user would mail it: it must hold every saved change.
    const QString copy = QDir(copyFolder).filePath(QStringLiteral("alone.sqlite"));
    QFile::remove(copy);
    if (!QFile::copy(path, copy))
        return -1;
    sqlite3 *db = nullptr;
    qint64 count = -1;
    if (sqlite3_open_v2(copy.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM streets", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            count = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return count;
}

} // namespace

class TstStoreKeepsLocks : public QObject
{
    Q_OBJECT

private slots:
    void anotherProgramLeavesOurWalAlone_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        // FILE stands for the district file. The sqlite3 shell opens it for writing; ogrinfo reads it
        // through GDAL's SQLite driver.
        QTest::newRow("sqlite3 pragma")
            << QStringLiteral("sqlite3")
            << QStringList{QStringLiteral("FILE"), QStringLiteral("pragma user_version")};
        QTest::newRow("ogrinfo -ro") << QStringLiteral("ogrinfo")
                                     << QStringList{QStringLiteral("-ro"), QStringLiteral("-so"),
                                                    QStringLiteral("-q"), QStringLiteral("FILE")};
    }

    void anotherProgramLeavesOurWalAlone()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        DistrictStore::create(path, jiangbei()).reset();

        auto store = DistrictStore::open(path);
        store->insertRow(QStringLiteral("streets"), street(1));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        // The workstation's other readers: the same file opened and closed again in this process.
        for (auto access : {DistrictStore::Access::ReadOnly, DistrictStore::Access::WriteIfPossible})
            DistrictStore::open(path, access).reset();

        const QByteArray said = runOther(program, arguments.replaceInStrings(QStringLiteral("FILE"), path));
        QVERIFY2(!said.contains("did not finish"), said.constData());

        QVERIFY2(deletedOpenFiles(path).isEmpty(), qPrintable(deletedOpenFiles(path).join(QLatin1Char(' '))));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        store->insertRow(QStringLiteral("streets"), street(2));
        store->insertRow(QStringLiteral("streets"), street(3));
        QVERIFY(deletedOpenFiles(path).isEmpty());
        store.reset();

        // Every save is in the file, and the file alone holds it (the close checkpointed).
        QCOMPARE(runOther(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM streets")})
                     .trimmed(),
                 QByteArray("3"));
        QCOMPARE(streetsInFileAlone(path, dir.path()), 3);
        QCOMPARE(
            runOther(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA integrity_check")}).trimmed(),
            QByteArray("ok"));
    }

    // A reader keeps the file in use when the store closes, so SQLite's own last-close checkpoint does
    // not run: the store's does, and the .sqlite alone holds the change.
    void closingCheckpointsWhileSomeoneReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        DistrictStore::create(path, jiangbei()).reset();
        sqlite3 *reader = nullptr;
        QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &reader, SQLITE_OPEN_READONLY, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(reader, "SELECT count(*) FROM settings", nullptr, nullptr, nullptr), SQLITE_OK);
        {
            auto store = DistrictStore::open(path);
            store->insertRow(QStringLiteral("streets"), street(1));
        }
        QCOMPARE(streetsInFileAlone(path, dir.path()), 1);
        sqlite3_close(reader);
    }
};

QTEST_GUILESS_MAIN(TstStoreKeepsLocks)
#include "tst_store_keeps_locks.moc"
