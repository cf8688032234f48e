// Publishing a district file to the server and exporting it back, against the real test cluster: the
// server district has the same tables, rows, keys, checks and indexes, PostGIS geometry with GiST
// indexes that ogrinfo reads; the file that comes back equals the original table by table, value by
// value, bit for bit; and every refusal leaves the server and the files as they were.

#include "core/server/server_district.h"
#include "core/server/server_export.h"
#include "core/server/server_publish.h"
#include "core/server/server_url.h"
#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/schema.h"
#include "core/store/store_error.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"
#include "tests/core/store_fixtures.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using uo::StoreError;
using uo::server::ServerExport;
using uo::server::ServerPublish;
using uo::server::ServerUrl;
using uo::test::TestDatabase;

namespace {

// Every row of a table, sorted (rowids of tables without an integer key are not data), each value with
// SQLite's storage class: "i:", "r:" (the double's bits),
// "t:", "b:" (hex), "n". Read with sqlite3 alone.
QStringList rawRows(const QString &path, const QString &table)
{
    QStringList rows;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + '"';
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        rows.append(QStringLiteral("cannot read: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    while (st && sqlite3_step(st) == SQLITE_ROW) {
        QStringList values;
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            const QString name = QString::fromUtf8(sqlite3_column_name(st, c)) + QLatin1Char('=');
            switch (sqlite3_column_type(st, c)) {
            case SQLITE_INTEGER:
                values << name + QStringLiteral("i:") + QString::number(sqlite3_column_int64(st, c));
                break;
            case SQLITE_FLOAT: {
                const double v = sqlite3_column_double(st, c);
                quint64 bits;
                std::memcpy(&bits, &v, 8);
                values << name + QStringLiteral("r:") + QString::number(bits, 16);
                break;
            }
            case SQLITE_TEXT:
                values << name + QStringLiteral("t:") +
                              QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)));
                break;
            case SQLITE_BLOB:
                values << name + QStringLiteral("b:") +
                              QString::fromLatin1(
                                  QByteArray(static_cast<const char *>(sqlite3_column_blob(st, c)),
                                             sqlite3_column_bytes(st, c))
                                      .toHex());
                break;
            default:
                values << name + QStringLiteral("n");
                break;
            }
        }
        rows << values.join(QLatin1Char('|'));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    rows.sort();
    return rows;
}

// The tables whose content a round trip must keep: every table but virtual ones, the spatial indexes'
// storage, and SpatiaLite's logs and timestamps.
QStringList comparedTables(const QString &path)
{
    QStringList tables;
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'idx\\_%' ESCAPE '\\' AND name NOT IN ('sqlite_sequence', "
        "'geometry_columns_time', 'spatialite_history', 'sql_statements_log') ORDER BY name",
        -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return tables;
}

qint64 rawCount(const QString &path, const QString &table)
{
    const QByteArray sql = "SELECT count(*) FROM \"" + table.toUtf8() + '"';
    return uo::test::rawInt(path, sql.constData());
}

} // namespace

class TestServerPublish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("district.sqlite"));
        m_district = uo::test::makeTestDistrict(m_file);
        m_name = TestDatabase::name("jb");
        const auto report = ServerPublish::run(m_file, ServerUrl::parse(m_db->url(m_name)));
        QCOMPARE(report.district, m_name);
    }
    void cleanupTestCase() { m_db.reset(); }

    void sameTablesAndRows_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *table : {"settings",
                                  "catalogue",
                                  "entities",
                                  "district_boundary",
                                  "streets",
                                  "communities",
                                  "grid_cells",
                                  "people",
                                  "roads",
                                  "road_segments",
                                  "segment_collaborators",
                                  "components",
                                  "risk_points",
                                  "risk_records",
                                  "shops",
                                  "permits",
                                  "audit_log",
                                  "permit_history",
                                  "layer_versions",
                                  "component_points_cache",
                                  "permit_rules",
                                  "nodig_calendar"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }
    void sameTablesAndRows()
    {
        QFETCH(QString, table);
        const qint64 rows = rawCount(m_file, table);
        QVERIFY(rows > 0);
        // The server adds its schema version to the settings.
        const qint64 extra = table == QLatin1String("settings") ? 1 : 0;
        QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM %1.%2").arg(m_name, table)).toLongLong(),
                 rows + extra);
    }

    void geometryInStoreCrsWithGistIndexes_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("type");
        QTest::newRow("district_boundary") << "district_boundary"
                                           << "MULTIPOLYGON";
        QTest::newRow("streets") << "streets"
                                 << "MULTIPOLYGON";
        QTest::newRow("grid_cells") << "grid_cells"
                                    << "POLYGON";
        QTest::newRow("roads") << "roads"
                               << "LINESTRING";
        QTest::newRow("road_segments") << "road_segments"
                                       << "LINESTRING";
        QTest::newRow("permits") << "permits"
                                 << "POLYGON";
        QTest::newRow("components") << "components"
                                    << "POINT";
        QTest::newRow("shops") << "shops"
                               << "POINT";
        QTest::newRow("risk_points") << "risk_points"
                                     << "POINT";
    }
    void geometryInStoreCrsWithGistIndexes()
    {
        QFETCH(QString, table);
        QFETCH(QString, type);
        QCOMPARE(m_db->value(
                     QStringLiteral("SELECT type || ' ' || srid FROM geometry_columns WHERE f_table_schema = "
                                    "'%1' AND f_table_name = '%2' AND f_geometry_column = 'geom'")
                         .arg(m_name, table)),
                 type + QStringLiteral(" 4545"));
        QCOMPARE(m_db->value(
                     QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = '%1' AND indexname = "
                                    "'idx_%2_geom'")
                         .arg(m_name, table)),
                 QStringLiteral("CREATE INDEX idx_%2_geom ON %1.%2 USING gist (geom)").arg(m_name, table));
        // The same shapes: PostGIS measures what SpatiaLite stored.
        QCOMPARE(
            m_db->value(
                QStringLiteral("SELECT count(*) FROM %1.%2 WHERE NOT ST_IsValid(geom)").arg(m_name, table)),
            QStringLiteral("0"));
    }

    void geometryToTheMillimetre()
    {
        const QString wkt =
            m_db->value(QStringLiteral("SELECT ST_AsText(geom) FROM %1.components WHERE id = %2")
                            .arg(m_name)
                            .arg(m_district.componentOnSegment));
        QCOMPARE(wkt, QStringLiteral("POINT(370100.123456789 3278005)"));
    }

    void constraintsHold_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("CHECK on a state") << "UPDATE %1.components SET state = 'broken'"
                                          << "violates check constraint";
        QTest::newRow("UNIQUE identifier") << "UPDATE %1.components SET ident = '5001050101000001'"
                                           << "violates unique constraint";
        QTest::newRow("NOT NULL name") << "UPDATE %1.roads SET name = NULL"
                                       << "violates not-null constraint";
        QTest::newRow("road reference") << "UPDATE %1.road_segments SET road_id = 424242"
                                        << "violates foreign key constraint";
        QTest::newRow("table CHECK: end after start") << "UPDATE %1.permits SET end_date = '2000-01-01'"
                                                      << "violates check constraint";
        QTest::newRow("geometry type")
            << "UPDATE %1.components SET geom = ST_GeomFromText('LINESTRING(0 0, 1 1)', 4545)"
            << "Geometry type (LineString) does not match column type (Point)";
        QTest::newRow("geometry CRS")
            << "UPDATE %1.components SET geom = ST_GeomFromText('POINT(106.5 29.6)', 4490)"
            << "does not match column SRID";
    }
    void constraintsHold()
    {
        QFETCH(QString, sql);
        QFETCH(QString, refusal);
        const QString error = m_db->run(sql.arg(m_name));
        QVERIFY2(error.contains(refusal), qPrintable(error));
    }

    void foreignKeyCascades()
    {
        const QString road = m_db->value(QStringLiteral("SELECT id FROM %1.roads").arg(m_name));
        QVERIFY(m_db->run(QStringLiteral("BEGIN")).isEmpty());
        QVERIFY(m_db->run(QStringLiteral("DELETE FROM %1.roads WHERE id = %2").arg(m_name, road)).isEmpty());
        QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM %1.road_segments").arg(m_name)),
                 QStringLiteral("0"));
        QVERIFY(m_db->run(QStringLiteral("ROLLBACK")).isEmpty());
    }

    // New rows are numbered after the highest copied identifier, as SQLite numbers them.
    void newRowsNumberedAfterTheCopied()
    {
        QVERIFY(m_db->run(QStringLiteral("BEGIN")).isEmpty());
        QCOMPARE(m_db->value(
                     QStringLiteral("INSERT INTO %1.shops (name) VALUES ('new') RETURNING id").arg(m_name)),
                 QStringLiteral("9007199254740994"));
        QVERIFY(m_db->run(QStringLiteral("ROLLBACK")).isEmpty());
    }

    void knownAsADistrictOfThisVersion()
    {
        QCOMPARE(
            m_db->value(
                QStringLiteral("SELECT value FROM %1.settings WHERE key = 'schema_version'").arg(m_name)),
            QString::number(uo::schema::kCurrentVersion));
        QCOMPARE(
            m_db->value(
                QStringLiteral("SELECT obj_description('%1'::regnamespace, 'pg_namespace')").arg(m_name)),
            QStringLiteral("UrbanOps district, schema version %1").arg(uo::schema::kCurrentVersion));
        auto district = uo::server::ServerDistrict::open(ServerUrl::parse(m_db->url()));
        QCOMPARE(district->name(), m_name); // the only one in the database
        QCOMPARE(district->settings().srid, 4545);
        QCOMPARE(district->settings().name,
                 uo::DistrictStore::open(m_file, uo::DistrictStore::Access::ReadOnly)->settings().name);
    }

    // What other GIS see: GDAL's PostgreSQL driver reads the layers as they are.
    void ogrinfoReadsTheLayers()
    {
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        QVERIFY2(!ogrinfo.isEmpty(),
                 "ogrinfo (gdal-bin) is one of the packages scripts/install-deps.sh installs");
        QProcess p;
        p.start(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-so"),
                          QStringLiteral("PG:") + QString::fromUtf8(ServerUrl::parse(m_db->url()).conninfo()),
                          m_name + QStringLiteral(".components")});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(QLatin1String("Geometry: Point")), qPrintable(out));
        QVERIFY2(out.contains(
                     QStringLiteral("Feature Count: %1").arg(rawCount(m_file, QStringLiteral("components")))),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("CGCS2000 / 3-degree Gauss-Kruger CM 108E")), qPrintable(out));
    }

    // The file that comes back equals the original in every table, value for value.
    void exportIsExact()
    {
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        const auto report = ServerExport::run(ServerUrl::parse(m_db->url(m_name)), back);
        QCOMPARE(report.district, m_name);
        QCOMPARE(uo::test::rawInt(back, "PRAGMA user_version"),
                 uo::test::rawInt(m_file, "PRAGMA user_version"));
        QCOMPARE(uo::test::rawInt(back, "PRAGMA application_id"),
                 uo::test::rawInt(m_file, "PRAGMA application_id"));
        const QStringList tables = comparedTables(m_file);
        QCOMPARE(comparedTables(back), tables);
        for (const QString &table : tables) {
            const QStringList before = rawRows(m_file, table), after = rawRows(back, table);
            QVERIFY2(before == after, qPrintable(table));
        }
        // And it is a district store the program opens, with a working spatial index.
        auto store = uo::DistrictStore::open(back, uo::DistrictStore::Access::ReadOnly);
        QCOMPARE(store->extent(QStringLiteral("components")),
                 uo::DistrictStore::open(m_file, uo::DistrictStore::Access::ReadOnly)
                     ->extent(QStringLiteral("components")));
    }

    void refusesAnExistingDistrict()
    {
        const QString before = m_db->value(QStringLiteral("SELECT count(*) FROM %1.audit_log").arg(m_name));
        try {
            ServerPublish::run(m_file, ServerUrl::parse(m_db->url(m_name)));
            QFAIL("published over an existing district");
        } catch (const uo::RequestError &error) {
            QVERIFY2(error.message().contains(m_name), qPrintable(error.message()));
        }
        QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM %1.audit_log").arg(m_name)), before);
    }

    // A value the server could not keep as it is stops the whole publish; nothing is left behind.
    void refusesAValueItCannotKeep_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::addColumn<QString>("column");
        QTest::newRow("binary in a text column")
            << QByteArray("UPDATE components SET grid_code = X'00FF' WHERE id = 1") << "grid_code";
        QTest::newRow("text in a number column")
            << QByteArray("UPDATE permits SET fee_yuan = 'a lot'") << "fee_yuan";
        QTest::newRow("a fraction in a whole-number column")
            << QByteArray("UPDATE layer_versions SET version = 1.5") << "version";
        QTest::newRow("text with a NUL character")
            << QByteArray("UPDATE shops SET phone = CAST(X'310032' AS TEXT)") << "phone";
        QTest::newRow("a 3D point")
            << QByteArray("UPDATE shops SET geom = GeomFromText('POINT Z(370200 3278015 5)', 4545)")
            << "geom";
    }
    void refusesAValueItCannotKeep()
    {
        QFETCH(QByteArray, damage);
        QFETCH(QString, column);
        const QString file = m_dir.filePath(QStringLiteral("damaged-%1.sqlite")
                                                .arg(QString::fromUtf8(QTest::currentDataTag()))
                                                .replace(QLatin1Char(' '), QLatin1Char('-')));
        uo::test::makeTestDistrict(file);
        {
            // Without the store's triggers, which would refuse some of the damage themselves.
            uo::sql::Database db(file, uo::sql::Database::Mode::ReadWrite);
            QByteArrayList triggers;
            auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'");
            while (st.step())
                triggers << st.text(0).toUtf8();
            for (const QByteArray &trigger : std::as_const(triggers))
                db.exec("DROP TRIGGER \"" + trigger + '"');
            db.exec(damage);
        }
        const QString name = TestDatabase::name("damaged");
        try {
            ServerPublish::run(file, ServerUrl::parse(m_db->url(name)));
            QFAIL("published a value it cannot keep");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Invalid);
            QVERIFY2(error.message().contains(column), qPrintable(error.message()));
        }
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = '%1'").arg(name)),
            QStringLiteral("0"));
    }

    // A table this program does not know (one a later schema version adds, as version 6 added cases)
    // travels with the rest, with its keys, checks, references and indexes: publish reads the file's
    // schema, not a list in code.
    void tablesOfLaterVersionsTravel()
    {
        const QString file = m_dir.filePath(QStringLiteral("later.sqlite"));
        uo::test::makeTestDistrict(file);
        QCOMPARE(
            uo::test::rawExec(
                file,
                "CREATE TABLE inspections (id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE, "
                "reporter_id INTEGER REFERENCES people(id) ON DELETE SET NULL, "
                "level TEXT NOT NULL DEFAULT 'street' CHECK (level IN ('district','street',"
                "'community')), opened TEXT NOT NULL, score REAL);"
                "CREATE INDEX inspections_opened ON inspections(opened);"
                "INSERT INTO inspections VALUES (7, '2025-0001', 1, 'street', '2025-06-01', 2.5);"
                "INSERT INTO inspections VALUES (8, '2025-0002', NULL, 'community', '2025-06-02', NULL);"),
            QString());
        const QString name = TestDatabase::name("later");
        ServerPublish::run(file, ServerUrl::parse(m_db->url(name)));
        QCOMPARE(
            m_db->value(
                QStringLiteral("SELECT string_agg(id || ' ' || number || ' ' || coalesce(reporter_id::text, "
                               "'-') || ' ' || level, '; ' ORDER BY id) FROM %1.inspections")
                    .arg(name)),
            QStringLiteral("7 2025-0001 1 street; 8 2025-0002 - community"));
        QCOMPARE(m_db->value(
                     QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = '%1' AND indexname = "
                                    "'inspections_opened'")
                         .arg(name)),
                 QStringLiteral("1"));
        QVERIFY(m_db->run(QStringLiteral(
                              "INSERT INTO %1.inspections (number, opened, level) VALUES ('x', 'y', 'city')")
                              .arg(name))
                    .contains(QLatin1String("violates check constraint")));
        QVERIFY(
            m_db->run(QStringLiteral("INSERT INTO %1.inspections (number, opened) VALUES ('2025-0001', 'y')")
                          .arg(name))
                .contains(QLatin1String("violates unique constraint")));
        QVERIFY(
            m_db->run(QStringLiteral(
                          "INSERT INTO %1.inspections (number, opened, reporter_id) VALUES ('z', 'y', 4242)")
                          .arg(name))
                .contains(QLatin1String("violates foreign key constraint")));
        // New rows are numbered after the copied ones (the refused inserts above used numbers too).
        const QString id = m_db->value(
            QStringLiteral(
                "INSERT INTO %1.inspections (number, opened) VALUES ('new', '2025-06-03') RETURNING id")
                .arg(name));
        QVERIFY2(id.toLongLong() > 8, qPrintable(id));
        QCOMPARE(m_db->value(QStringLiteral("SELECT level FROM %1.inspections WHERE id = %2").arg(name, id)),
                 QStringLiteral("street"));
        // And it is audited like the known tables.
        QCOMPARE(m_db->value(
                     QStringLiteral(
                         "SELECT action || ' ' || row_id FROM %1.audit_log WHERE table_name = 'inspections'")
                         .arg(name)),
                 QStringLiteral("insert ") + id);
    }

    void cancelLeavesNothing()
    {
        const QString name = TestDatabase::name("cancelled");
        try {
            ServerPublish::run(m_file, ServerUrl::parse(m_db->url(name)),
                               [](const QString &step, qint64, qint64) {
                                   return !step.contains(QLatin1String("components"));
                               });
            QFAIL("not cancelled");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Invalid);
        }
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = '%1'").arg(name)),
            QStringLiteral("0"));
    }

    void exportRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("kind");
        QTest::newRow("a newer schema") << "UPDATE %1.settings SET value = '999' WHERE key = 'schema_version'"
                                        << int(StoreError::Kind::NewerVersion);
        QTest::newRow("a column files do not have")
            << "ALTER TABLE %1.shops ADD COLUMN rating text" << int(StoreError::Kind::Invalid);
        QTest::newRow("a table files do not have")
            << "CREATE TABLE %1.inspections (id bigint)" << int(StoreError::Kind::Invalid);
    }
    void exportRefusals()
    {
        QFETCH(QString, change);
        QFETCH(int, kind);
        QVERIFY(m_db->run(QStringLiteral("BEGIN")).isEmpty());
        QVERIFY(m_db->run(change.arg(m_name)).isEmpty());
        // Seen by the export's own connection only after commit: commit, export, then undo the change.
        QVERIFY(m_db->run(QStringLiteral("COMMIT")).isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("refused.sqlite"));
        try {
            ServerExport::run(ServerUrl::parse(m_db->url(m_name)), file);
            QFAIL("exported");
        } catch (const StoreError &error) {
            QCOMPARE(int(error.kind()), kind);
        }
        QVERIFY(!QFile::exists(file));
        const QString undo =
            change.startsWith(QLatin1String("UPDATE"))
                ? QStringLiteral("UPDATE %1.settings SET value = '%2' WHERE key = 'schema_version'")
                      .arg(m_name)
                      .arg(uo::schema::kCurrentVersion)
            : change.startsWith(QLatin1String("ALTER"))
                ? QStringLiteral("ALTER TABLE %1.shops DROP COLUMN rating").arg(m_name)
                : QStringLiteral("DROP TABLE %1.inspections").arg(m_name);
        QVERIFY(m_db->run(undo).isEmpty());
    }

    void exportNeverWritesOverAFile()
    {
        const QString hashBefore = QString::fromLatin1(uo::test::fileHash(m_file));
        try {
            ServerExport::run(ServerUrl::parse(m_db->url(m_name)), m_file);
            QFAIL("wrote over a file");
        } catch (const uo::FileError &error) {
            QCOMPARE(error.kind(), uo::FileError::Kind::Exists);
        }
        QCOMPARE(QString::fromLatin1(uo::test::fileHash(m_file)), hashBefore);
    }

    void unreachableOrRefusedSignIn_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind"); // a StoreError::Kind
        QTest::newRow("nobody listening") << "postgresql://urbanops@127.0.0.1:1/urbanops?connect_timeout=3"
                                          << int(StoreError::Kind::Unreachable);
        // A password asked for again, not an unreachable server.
        QTest::newRow("wrong password")
            << "postgresql://urbanops:wrong@127.0.0.1:%1/postgres" << int(StoreError::Kind::SignIn);
        QTest::newRow("no such database")
            << "postgresql://urbanops@127.0.0.1:%1/no_such_db" << int(StoreError::Kind::NotFound);
    }
    void unreachableOrRefusedSignIn()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        const QString port = QUrl(qEnvironmentVariable("UROPS_TEST_SERVER")).port() > 0
                                 ? QString::number(QUrl(qEnvironmentVariable("UROPS_TEST_SERVER")).port())
                                 : QString();
        try {
            uo::server::ServerDistrict::open(
                ServerUrl::parse(url.contains(QLatin1String("%1")) ? url.arg(port) : url));
            QFAIL("connected");
        } catch (const StoreError &error) {
            QVERIFY2(int(error.kind()) == kind, qPrintable(error.message()));
            QVERIFY2(!error.message().contains(QLatin1String("wrong")),
                     qPrintable(error.message())); // no password shown
        }
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_file, m_name;
    uo::test::TestDistrict m_district;
};

QTEST_GUILESS_MAIN(TestServerPublish)
#include "tst_server_publish.moc"
