// Stores that cannot be written: on read-only media (as root: a tmpfs remounted read-only) or in a
// folder without write permission (as anyone else) they open read-only wherever reading is enough, say
// why when asked to write, and show every saved change (the WAL is folded in when the store closed).
// Another library never opens the store's own file: an import or export naming it is refused. A store
// upgrade's backup is written under a temporary name: none is left, the backup is whole.

#include "core/store/schema.h"
#include "tests/core/read_only_place.h"
#include "tests/core/store_fixtures.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using uo::DistrictStore;
using uo::RequestError;
using uo::StoreError;
using namespace uo::test;

class TstStoreAccess : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyPlaceOpensForReading()
    {
        QTemporaryDir dir;
        read_only_place::Folder folder(dir);
        const QString path = folder.filePath(QStringLiteral("d.sqlite"));
        {
            auto store = DistrictStore::create(path, jiangbei());
            store->insertRow(QStringLiteral("streets"),
                             {{QStringLiteral("code"), QStringLiteral("500105005")},
                              {QStringLiteral("name"), QStringLiteral("寸滩街道")},
                              {QStringLiteral("kind"), QStringLiteral("street")}});
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // folded in at close
        QVERIFY(folder.lock());

        auto viewer = DistrictStore::open(path, DistrictStore::Access::WriteIfPossible);
        QVERIFY(viewer->isReadOnly());
        QVERIFY2(viewer->readOnlyReason().contains(folder.expectedReason()),
                 qPrintable(viewer->readOnlyReason()));
        QCOMPARE(viewer->count(QStringLiteral("streets")), 1);
        try {
            viewer->requireWritable();
            QFAIL("a read-only store let a writer through");
        } catch (const StoreError &e) {
            QCOMPARE(kindName(e.kind()), kindName(StoreError::Kind::ReadOnly));
            QVERIFY2(e.message().contains(folder.expectedReason()), qPrintable(e.message()));
        }
        auto reader = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        QCOMPARE(reader->count(QStringLiteral("streets")), 1);
        try {
            DistrictStore::open(path, DistrictStore::Access::ReadWrite);
            QFAIL("opened for writing");
        } catch (const StoreError &e) {
            QCOMPARE(kindName(e.kind()), kindName(StoreError::Kind::ReadOnly));
            QVERIFY2(e.message().contains(path) && e.message().contains(folder.expectedReason()),
                     qPrintable(e.message()));
        }
    }

    void anImportOrExportNamingTheStoreIsRefused_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("the file") << QString();
        QTest::newRow("its WAL") << QStringLiteral("-wal");
        QTest::newRow("its shared memory") << QStringLiteral("-shm");
    }

    void anImportOrExportNamingTheStoreIsRefused()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        auto store = DistrictStore::create(path, jiangbei());
        // Named another way: through a link to the folder.
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(dir.path(), link));
        QVERIFY_THROWS_EXCEPTION(RequestError, store->refuseOwnFile(path + suffix));
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 store->refuseOwnFile(link + QStringLiteral("/d.sqlite") + suffix));
        store->refuseOwnFile(dir.filePath(QStringLiteral("d.gpkg"))); // another file is fine
    }

    void anUpgradeBackupIsWholeAndLeavesNoPartialFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        DistrictStore::createAtVersion(path, jiangbei(), uo::schema::kCurrentVersion - 1);
        QString backup;
        DistrictStore::open(path, DistrictStore::Access::ReadWrite, &backup).reset();
        QVERIFY(QFileInfo::exists(backup));
        const QStringList partial = QDir(dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files);
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(QLatin1Char(' '))));
        auto old = DistrictStore::open(backup, DistrictStore::Access::ReadOnly);
        QCOMPARE(old->schemaVersion(), uo::schema::kCurrentVersion - 1);
        QCOMPARE(old->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TstStoreAccess)
#include "tst_store_access.moc"
