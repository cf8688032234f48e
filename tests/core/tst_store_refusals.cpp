// Files that are not district stores of a version we read are refused with the right kind of error and a
// one-line message naming the file, in both access modes, and are left byte for byte as they were.

#include "tests/core/store_fixtures.h"

#include "core/store/schema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using uo::DistrictStore;
using uo::StoreError;
using namespace uo::test;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

} // namespace

class TstStoreRefusals : public QObject
{
    Q_OBJECT

private slots:
    void refused_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<StoreError::Kind>("kind");
        QTest::newRow("missing file") << QStringLiteral("missing") << StoreError::Kind::NotFound;
        QTest::newRow("a folder") << QStringLiteral("folder") << StoreError::Kind::NotAStore;
        QTest::newRow("empty file") << QStringLiteral("empty") << StoreError::Kind::NotAStore;
        QTest::newRow("text file") << QStringLiteral("text") << StoreError::Kind::NotAStore;
        QTest::newRow("plain SQLite database") << QStringLiteral("sqlite") << StoreError::Kind::NotAStore;
        QTest::newRow("GeoPackage (sqlite3 API)")
            << QStringLiteral("gpkg-sqlite") << StoreError::Kind::NotAStore;
        QTest::newRow("GeoPackage (ogr2ogr)") << QStringLiteral("gpkg-ogr") << StoreError::Kind::NotAStore;
        QTest::newRow("newer schema version") << QStringLiteral("newer") << StoreError::Kind::NewerVersion;
        QTest::newRow("newer version, marked differently")
            << QStringLiteral("newer-marked") << StoreError::Kind::NewerVersion;
        QTest::newRow("store without settings") << QStringLiteral("no-settings") << StoreError::Kind::Corrupt;
        QTest::newRow("truncated to half") << QStringLiteral("truncated") << StoreError::Kind::Corrupt;
        QTest::newRow("database header scribbled") << QStringLiteral("header") << StoreError::Kind::Corrupt;
        QTest::newRow("page 1 b-tree header scribbled")
            << QStringLiteral("btree") << StoreError::Kind::Corrupt;
    }
    void refused()
    {
        QFETCH(QString, fixture);
        QFETCH(StoreError::Kind, kind);
        if (fixture == QLatin1String("gpkg-ogr") &&
            QStandardPaths::findExecutable(QStringLiteral("ogr2ogr")).isEmpty())
            QSKIP("ogr2ogr is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("district.sqlite"));
        make(fixture, path, dir.path());
        if (QTest::currentTestFailed())
            return;
        const QByteArray hash = fileHash(path);
        const QStringList filesBefore =
            QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

        for (const auto access : {DistrictStore::Access::ReadOnly, DistrictStore::Access::ReadWrite}) {
            try {
                DistrictStore::open(path, access);
                QFAIL("the file was opened");
            } catch (const StoreError &e) {
                QCOMPARE(kindName(e.kind()), kindName(kind));
                QVERIFY(!e.message().isEmpty());
                QVERIFY2(!e.message().contains(QLatin1Char('\n')), qPrintable(e.message()));
                QVERIFY2(e.message().contains(QDir::toNativeSeparators(path)), qPrintable(e.message()));
            }
            QCOMPARE(fileHash(path), hash);
        }
        // No backup or other new file beside it (SQLite's own -wal and -shm files aside).
        QStringList filesAfter = QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        filesAfter.removeIf([](const QString &name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        QCOMPARE(filesAfter, filesBefore);
    }

private:
    static void make(const QString &fixture, const QString &path, const QString &dir)
    {
        if (fixture == QLatin1String("missing"))
            return;
        if (fixture == QLatin1String("folder")) {
            QVERIFY(QDir(dir).mkdir(QStringLiteral("district.sqlite")));
        } else if (fixture == QLatin1String("empty")) {
            QVERIFY(writeFile(path, QByteArray()));
        } else if (fixture == QLatin1String("text")) {
            QVERIFY(writeFile(path, QStringLiteral("district,county\n江北区,500105\n").toUtf8()));
        } else if (fixture == QLatin1String("sqlite")) {
            QCOMPARE(rawExec(path, "CREATE TABLE settings (key TEXT, value TEXT); INSERT INTO settings "
                                   "VALUES ('srid', '4545');"),
                     QString());
        } else if (fixture == QLatin1String("gpkg-sqlite")) {
            // The two things that make a GeoPackage: its application_id ("GPKG") and gpkg_contents.
            QCOMPARE(
                rawExec(
                    path,
                    "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;"
                    "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                    " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    " definition TEXT NOT NULL, description TEXT);"
                    "CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL,"
                    " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME,"
                    " min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);"),
                QString());
            QCOMPARE(rawInt(path, "PRAGMA application_id"), qint64(0x47504B47));
        } else if (fixture == QLatin1String("gpkg-ogr")) {
            const QString ogr2ogr = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
            const QString source = QDir(dir).filePath(QStringLiteral("streets.geojson"));
            QVERIFY(writeFile(source, R"({"type":"FeatureCollection","features":[{"type":"Feature",
                "properties":{"name":"观音桥街道"},"geometry":{"type":"Point","coordinates":[106.53,29.58]}}]})"));
            QProcess process;
            process.start(ogr2ogr, {QStringLiteral("-f"), QStringLiteral("GPKG"), path, source});
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            QVERIFY(QFile::remove(source));
            QCOMPARE(rawInt(path, "PRAGMA application_id"), qint64(0x47504B47));
        } else {
            DistrictStore::create(path, jiangbei());
            if (fixture == QLatin1String("newer") || fixture == QLatin1String("newer-marked")) {
                const QByteArray sql =
                    "PRAGMA user_version = " + QByteArray::number(uo::schema::kCurrentVersion + 1);
                QCOMPARE(rawExec(path, sql.constData()), QString());
                // A later version may mark its files with an application id of its own.
                if (fixture == QLatin1String("newer-marked"))
                    QCOMPARE(rawExec(path, "PRAGMA application_id = 1431260466"), QString());
            } else if (fixture == QLatin1String("no-settings")) {
                QCOMPARE(rawExec(path, "DELETE FROM settings"), QString());
            } else if (fixture == QLatin1String("truncated")) {
                QFile file(path);
                QVERIFY(file.size() > 8 * 4096);
                QVERIFY(file.resize(file.size() / 2));
            } else if (fixture == QLatin1String("header")) {
                // Everything after the 16-byte magic string: page size, versions, counters, ids.
                QVERIFY(overwrite(path, 16, QByteArray(84, '\xA5')));
            } else if (fixture == QLatin1String("btree")) {
                // Page 1's b-tree page header, just after the 100-byte database header.
                QVERIFY(overwrite(path, 100, QByteArray(12, '\xFF')));
            } else {
                QFAIL(qPrintable(QStringLiteral("unknown fixture %1").arg(fixture)));
            }
            QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")),
                     "the fixture must be a closed, checkpointed store");
        }
    }
};

QTEST_GUILESS_MAIN(TstStoreRefusals)
#include "tst_store_refusals.moc"
