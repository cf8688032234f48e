// Another program writing to the same store: a short lock is waited out, a long one is refused as Locked
// after the store's wait (10 s) and nothing is written. Readers are never blocked (the store is in WAL
// mode). The slow test of the suite, on purpose.

#include "tests/core/store_fixtures.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using uo::DistrictStore;
using uo::StoreError;
using namespace uo::test;

namespace {

// Holds a write lock (BEGIN EXCLUSIVE) on its own connection in its own thread until released or until
// holdMs have passed.
class LockHolder : public QThread
{
public:
    LockHolder(const QString &path, int holdMs) : m_path(path), m_holdMs(holdMs) {}
    ~LockHolder() override
    {
        release();
        wait();
    }

    bool waitUntilLocked() { return m_locked.tryAcquire(1, 5000) && m_ok; }
    void release() { m_release.release(); }

protected:
    void run() override
    {
        sqlite3 *db = nullptr;
        m_ok =
            sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
            sqlite3_exec(db, "BEGIN EXCLUSIVE; INSERT INTO settings VALUES ('held_by', 'another program');",
                         nullptr, nullptr, nullptr) == SQLITE_OK;
        m_locked.release();
        m_release.tryAcquire(1, m_holdMs);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }

private:
    QString m_path;
    int m_holdMs;
    bool m_ok = false;
    QSemaphore m_locked, m_release;
};

const QVariantMap kStreet{{QStringLiteral("code"), QStringLiteral("500105005")},
                          {QStringLiteral("name"), QStringLiteral("寸滩街道")},
                          {QStringLiteral("kind"), QStringLiteral("street")}};

} // namespace

class TstStoreLock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial));
        DistrictStore::create(m_path, jiangbei());
    }

    void waitsOutAShortLock()
    {
        auto store = DistrictStore::open(m_path);
        LockHolder holder(m_path, 1000);
        holder.start();
        QVERIFY(holder.waitUntilLocked());
        QElapsedTimer timer;
        timer.start();
        store->insertRow(QStringLiteral("streets"), kStreet);
        QVERIFY2(timer.elapsed() >= 800, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(store->count(QStringLiteral("streets")), 1);
        QVERIFY(store->setting(QStringLiteral("held_by")).isNull());
    }

    void refusesALongLock()
    {
        auto store = DistrictStore::open(m_path);
        auto reader = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
        const qint64 auditRows = store->count(QStringLiteral("audit_log"));
        LockHolder holder(m_path, 30000);
        holder.start();
        QVERIFY(holder.waitUntilLocked());

        QElapsedTimer timer;
        timer.start();
        QCOMPARE(reader->count(QStringLiteral("streets")), 0);
        QVERIFY2(timer.elapsed() < 1000, "a reader waited for a writer");

        timer.restart();
        try {
            store->insertRow(QStringLiteral("streets"), kStreet);
            QFAIL("written through another program's lock");
        } catch (const StoreError &e) {
            QCOMPARE(kindName(e.kind()), kindName(StoreError::Kind::Locked));
            QVERIFY2(e.message().contains(m_path), qPrintable(e.message()));
        }
        const qint64 waited = timer.elapsed();
        holder.release();
        holder.wait();
        QVERIFY2(waited >= 9000 && waited < 13000, qPrintable(QString::number(waited)));
        QCOMPARE(store->count(QStringLiteral("streets")), 0);
        QCOMPARE(store->count(QStringLiteral("audit_log")), auditRows);
        // Once the other program is done, the same store object writes again.
        store->insertRow(QStringLiteral("streets"), kStreet);
        QCOMPARE(store->count(QStringLiteral("streets")), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TstStoreLock)
#include "tst_store_lock.moc"
