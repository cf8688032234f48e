// An older store is read as it is when opened read-only, and upgraded after a backup when opened for
// writing: rows kept, the backup a readable copy of the old version, the upgrade in the audit log.

#include "tests/core/store_fixtures.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using uo::DistrictStore;
using uo::StoreError;
using namespace uo::test;

namespace {
constexpr const char *kStreetWkt =
    "MULTIPOLYGON(((360000 3280000, 360400 3280000, 360400 3280300, 360000 3280000)))";

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*backup*")}, QDir::Files);
}
} // namespace

class TstMigrations : public QObject
{
    Q_OBJECT

private slots:
    // A version-1 store holding one street and one road, written with SQL as version 1 knew it.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("jiangbei-v1.sqlite"));
        DistrictStore::createAtVersion(m_path, jiangbei(), 1);
        uo::sql::Database db(m_path, uo::sql::Database::Mode::ReadWrite);
        db.exec(
            QByteArray(
                "INSERT INTO streets (code, name, kind, geom) VALUES ('500105006', '观音桥街道', 'street', "
                "GeomFromText('") +
            kStreetWkt + "', 4545))");
        db.exec("INSERT INTO roads (code, name, grade, length_m, geom) VALUES ('R001', 'Jianxin North Road', "
                "'main', "
                "100, GeomFromText('LINESTRING(370000 3277000, 370100 3277000)', 4545))");
        QCOMPARE(db.scalarInt("PRAGMA user_version"), 1);
    }
    void cleanup() { m_dir.reset(); }

    void readOnlyOpenLeavesAnOlderStoreAlone()
    {
        const QByteArray hash = fileHash(m_path);
        {
            auto store = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
            QCOMPARE(store->schemaVersion(), 1);
            QVERIFY(!store->hasTable(QStringLiteral("audit_log")));
            QCOMPARE(store->count(QStringLiteral("streets")), 1);
            QCOMPARE(store->settings().name, QStringLiteral("江北区"));
            QVERIFY(!store->extent(QStringLiteral("streets")).isEmpty());
        }
        QCOMPARE(fileHash(m_path), hash);
        QCOMPARE(rawInt(m_path, "PRAGMA user_version"), 1);
        QVERIFY(backupsIn(m_dir->path()).isEmpty());
    }

    void readWriteOpenBacksUpAndUpgrades()
    {
        QString backup;
        {
            auto store = DistrictStore::open(m_path, DistrictStore::Access::ReadWrite, &backup);
            QCOMPARE(store->schemaVersion(), uo::schema::kCurrentVersion);
            QVERIFY(store->hasTable(QStringLiteral("audit_log")));
            QVERIFY(store->hasTable(QStringLiteral("permit_history")));
            auto st = store->db().prepare("SELECT name, AsText(geom) FROM streets");
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QStringLiteral("观音桥街道"));
            QCOMPARE(st.text(1), QString::fromLatin1(kStreetWkt));
        }
        QCOMPARE(rawInt(m_path, "PRAGMA user_version"), qint64(uo::schema::kCurrentVersion));
        QCOMPARE(rawInt(m_path, "PRAGMA application_id"), qint64(uo::schema::kApplicationId));
        // Version 5: the attribute table's sort indexes on components.
        QCOMPARE(rawInt(m_path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                "('components_class', 'components_name', 'components_state', "
                                "'components_change_date', 'components_grid')"),
                 5);
        QCOMPARE(rawInt(m_path, "SELECT count(*) FROM roads"), 1);
        // Version 6: cases and risk alerts, with the event classes and the rules as data, and the cases
        // layer registered like the others (its point indexed, its optional area not).
        QCOMPARE(rawInt(m_path, "SELECT count(*) FROM event_classes WHERE tracked = 1"), 70);
        QCOMPARE(rawInt(m_path, "SELECT count(*) FROM monitoring_rules WHERE threshold = 60"), 1);
        QVERIFY(rawInt(m_path, "SELECT count(*) FROM dispatch_rules") > 0);
        QCOMPARE(rawInt(m_path, "SELECT count(*) FROM geometry_columns WHERE f_table_name = 'cases' "
                                "AND f_geometry_column = 'geom' AND spatial_index_enabled = 1"),
                 1);
        QCOMPARE(rawInt(m_path, "SELECT count(*) FROM pragma_table_info('cases') WHERE name = 'area'"), 1);
        QCOMPARE(rawInt(m_path, "SELECT count(*) FROM layer_versions WHERE table_name = 'cases'"), 1);
        for (const char *table : {"case_history", "risk_alerts", "risk_level_history"})
            QCOMPARE(
                rawInt(m_path, QByteArray(QByteArray("SELECT count(*) FROM sqlite_master WHERE name = '") +
                                          table + "'")
                                   .constData()),
                1);

        // The backup: beside the store, still version 1, with the original rows and nothing newer.
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(m_path).absolutePath());
        QCOMPARE(backupsIn(m_dir->path()), QStringList{QFileInfo(backup).fileName()});
        QCOMPARE(rawInt(backup, "PRAGMA user_version"), 1);
        QCOMPARE(rawInt(backup, "SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'"), 0);
        QCOMPARE(rawInt(backup, "SELECT count(*) FROM streets WHERE code = '500105006'"), 1);
        QCOMPARE(rawInt(backup, "SELECT count(*) FROM roads WHERE code = 'R001'"), 1);
        {
            auto old = DistrictStore::open(backup, DistrictStore::Access::ReadOnly);
            QCOMPARE(old->schemaVersion(), 1);
            QCOMPARE(old->settings().name, QStringLiteral("江北区"));
            auto st = old->db().prepare("SELECT AsText(geom) FROM streets");
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QString::fromLatin1(kStreetWkt));
        }

        auto store = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
        auto st = store->db().prepare("SELECT action, operator, old_values, new_values FROM audit_log");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("migrate"));
        QCOMPARE(st.text(1), DistrictStore::defaultOperatorName());
        const QJsonObject oldValues = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
        const QJsonObject newValues = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
        QCOMPARE(oldValues.value(QStringLiteral("schema_version")).toInt(), 1);
        QCOMPARE(newValues.value(QStringLiteral("schema_version")).toInt(), uo::schema::kCurrentVersion);
        QCOMPARE(newValues.value(QStringLiteral("backup")).toString(), backup);
        QVERIFY(!st.step());
    }

    void upgradesOnlyOnce()
    {
        QString first, second;
        DistrictStore::open(m_path, DistrictStore::Access::ReadWrite, &first);
        DistrictStore::open(m_path, DistrictStore::Access::ReadWrite, &second);
        QVERIFY(!first.isEmpty());
        QVERIFY(second.isEmpty());
        QCOMPARE(backupsIn(m_dir->path()).size(), 1);
        QCOMPARE(rawInt(m_path, "SELECT count(*) FROM audit_log WHERE action = 'migrate'"), 1);
    }

    void createAtVersionRefusesAnExistingFile()
    {
        const QByteArray hash = fileHash(m_path);
        try {
            DistrictStore::createAtVersion(m_path, jiangbei(), 1);
            QFAIL("an existing store was overwritten");
        } catch (const uo::FileError &e) {
            QCOMPARE(e.kind(), uo::FileError::Kind::Exists);
        }
        QCOMPARE(fileHash(m_path), hash);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
