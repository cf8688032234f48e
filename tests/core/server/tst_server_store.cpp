// DistrictStore::open, the one door, on a server district: the same store operations on a district file
// and on its published copy give the same answers; on the server the operator is the signed-in login,
// the audit log is the server's triggers' (the store writes none of it itself), and a store opened
// read-only writes nothing.

#include "core/server/server_district.h"
#include "core/server/server_roles.h"
#include "core/server/server_url.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QTemporaryDir>
#include <QTest>

using uo::DistrictStore;
using uo::server::ServerUrl;
using uo::test::TestDatabase;

class TestServerStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        m_file = m_dir.filePath(QStringLiteral("district.sqlite"));
        m_district = uo::test::makeTestDistrict(m_file);
        m_name = TestDatabase::name("store");
        auto district =
            uo::server::ServerDistrict::open(ServerUrl::parse(uo::test::publishCopy(*m_db, m_file, "store")));
        uo::server::ServerRoles::addUser(*district, editorLogin(), uo::server::Role::Editor, std::nullopt,
                                         QStringLiteral("pw-editor"));
        m_fileStore = DistrictStore::open(m_file, DistrictStore::Access::ReadOnly);
        m_serverStore = DistrictStore::open(editorUrl(), DistrictStore::Access::ReadWrite);
    }
    void cleanupTestCase()
    {
        m_serverStore.reset();
        m_db.reset();
    }

    void sameDistrict()
    {
        QVERIFY(m_serverStore->isOnServer());
        QVERIFY(!m_fileStore->isOnServer());
        QCOMPARE(m_serverStore->schemaVersion(), m_fileStore->schemaVersion());
        QCOMPARE(m_serverStore->srid(), m_fileStore->srid());
        QCOMPARE(m_serverStore->settings().name, m_fileStore->settings().name);
        QCOMPARE(m_serverStore->settings().countyCode, m_fileStore->settings().countyCode);
        QCOMPARE(m_serverStore->created(), m_fileStore->created());
        QCOMPARE(m_serverStore->storeId(), m_fileStore->storeId());
        QVERIFY(!m_serverStore->isReadOnly());
        QVERIFY(m_serverStore->path().contains(m_name));
        QVERIFY(!m_serverStore->path().contains(QLatin1String("pw-editor")));
    }

    // A store's workers reopen it by its path, which leaves the password out: this process signed in
    // with it before, so it is found again (in memory only).
    void reopenedByPath()
    {
        auto again = DistrictStore::open(m_serverStore->path(), DistrictStore::Access::ReadOnly);
        QCOMPARE(again->operatorName(), editorLogin());
        QCOMPARE(again->count(QStringLiteral("components")),
                 m_fileStore->count(QStringLiteral("components")));
    }

    void sameTables_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *table :
             {"components", "roads", "road_segments", "risk_points", "shops", "permits", "people",
              "risk_records", "permit_history", "audit_log", "communities", "segment_collaborators"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }
    void sameTables()
    {
        QFETCH(QString, table);
        QVERIFY(m_serverStore->hasTable(table));
        QCOMPARE(m_serverStore->count(table), m_fileStore->count(table));
        QVERIFY(m_fileStore->count(table) > 0);
    }

    void noSuchTable()
    {
        QVERIFY(!m_serverStore->hasTable(QStringLiteral("sqlite_master")));
        QVERIFY_THROWS_EXCEPTION(uo::RequestError, m_serverStore->count(QStringLiteral("no_such_table")));
    }

    void sameExtent_data()
    {
        QTest::addColumn<QString>("table");
        for (const uo::LayerInfo &layer : uo::mapLayers())
            QTest::newRow(layer.table) << QString::fromLatin1(layer.table);
    }
    void sameExtent()
    {
        QFETCH(QString, table);
        const QRectF file = m_fileStore->extent(table), server = m_serverStore->extent(table);
        QCOMPARE(server.isEmpty(), file.isEmpty());
        // The file's spatial index keeps single-precision boxes that enclose the geometry; the server
        // gives the geometry's own bounds: the same within a metre.
        QVERIFY2(qAbs(server.left() - file.left()) < 1 && qAbs(server.top() - file.top()) < 1 &&
                     qAbs(server.right() - file.right()) < 1 && qAbs(server.bottom() - file.bottom()) < 1,
                 qPrintable(table));
    }

    void sameRow()
    {
        const QString components = QStringLiteral("components");
        const QVariantMap file = m_fileStore->readRow(components, m_district.componentOnSegment);
        QVERIFY(!file.isEmpty());
        // The server's row_version, which only its triggers write, is not read as a column.
        QCOMPARE(m_serverStore->readRow(components, m_district.componentOnSegment), file);
    }

    // The operator is the login, whatever a caller sets; the audit row is the trigger's, one per change.
    void editsAuditedUnderTheLogin()
    {
        QCOMPARE(m_serverStore->operatorName(), editorLogin());
        m_serverStore->setOperatorName(QStringLiteral("typed text"));
        QCOMPARE(m_serverStore->operatorName(), editorLogin());

        // As published long ago: the setting then says 2020, and the edits below say now.
        TestDatabase::run(m_db->admin(),
                          QStringLiteral("UPDATE %1.settings SET value = '2020-01-01T00:00:00Z' "
                                         "WHERE key = 'updated'")
                              .arg(m_name));
        const QDateTime longAgo(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        const qint64 before = auditRows();
        const QByteArray point = uo::geometry_blob::encode(uo::Geometry::point(4545, {370400.5, 3278020.25}));
        const qint64 id = m_serverStore->insertRow(
            QStringLiteral("shops"), {{QStringLiteral("name"), QStringLiteral("新店")},
                                      {QStringLiteral("street_code"), QStringLiteral("500105001")},
                                      {QStringLiteral("geom"), point}});
        QVERIFY(id > 0);
        const QVariantMap row = m_serverStore->readRow(QStringLiteral("shops"), id);
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("新店"));
        QCOMPARE(row.value(QStringLiteral("geom")).toByteArray().toHex(), point.toHex());
        m_serverStore->updateRow(QStringLiteral("shops"), id,
                                 {{QStringLiteral("name"), QStringLiteral("新店 2")}});
        m_serverStore->deleteRow(QStringLiteral("shops"), id);
        QCOMPARE(auditRows(), before + 3);
        // The last change is when the district was updated (nothing writes the setting on a server).
        const QDateTime updated = m_serverStore->updated();
        QVERIFY2(updated > longAgo && updated.secsTo(QDateTime::currentDateTimeUtc()) < 60,
                 qPrintable(updated.toString(Qt::ISODate)));
        QCOMPARE(m_db->value(QStringLiteral("SELECT string_agg(DISTINCT operator, ',') FROM %1.audit_log "
                                            "WHERE table_name = 'shops' AND row_id = %2")
                                 .arg(m_name)
                                 .arg(id)),
                 editorLogin());
    }

    void readOnlyWritesNothing()
    {
        auto store = DistrictStore::open(editorUrl(), DistrictStore::Access::ReadOnly);
        QVERIFY(store->isReadOnly());
        QVERIFY_THROWS_EXCEPTION(uo::StoreError, store->requireWritable());
        QVERIFY_THROWS_EXCEPTION(uo::StoreError,
                                 store->updateRow(QStringLiteral("components"), m_district.componentElsewhere,
                                                  {{QStringLiteral("note"), QStringLiteral("x")}}));
        QCOMPARE(store->readRow(QStringLiteral("components"), m_district.componentElsewhere)
                     .value(QStringLiteral("note")),
                 m_fileStore->readRow(QStringLiteral("components"), m_district.componentElsewhere)
                     .value(QStringLiteral("note")));
    }

    void refusedAddresses_data()
    {
        QTest::addColumn<QString>("district");
        QTest::addColumn<int>("kind"); // of the StoreError; -1: a RequestError (the address is wrong)
        QTest::newRow("no such district") << QStringLiteral("nowhere") << int(uo::StoreError::Kind::NotFound);
        QTest::newRow("not a district name") << QStringLiteral("Bad-Name") << -1;
    }
    void refusedAddresses()
    {
        QFETCH(QString, district);
        QFETCH(int, kind);
        try {
            DistrictStore::open(m_db->url(district));
            QFAIL("opened");
        } catch (const uo::StoreError &error) {
            QCOMPARE(int(error.kind()), kind);
        } catch (const uo::RequestError &) {
            QCOMPARE(kind, -1);
        }
    }

private:
    static QString editorLogin() { return TestDatabase::name("store_editor"); }
    QString editorUrl() const { return m_db->url(m_name, editorLogin(), QStringLiteral("pw-editor")); }
    qint64 auditRows() const
    {
        return m_db->value(QStringLiteral("SELECT count(*) FROM %1.audit_log").arg(m_name)).toLongLong();
    }

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_file, m_name;
    uo::test::TestDistrict m_district;
    std::unique_ptr<DistrictStore> m_fileStore, m_serverStore;
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_server_store.moc"
