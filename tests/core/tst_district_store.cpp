// A district store keeps what it was given: settings and rows survive closing and reopening, every edit
// is in the audit log with who made it and the values before and after (geometry as WKT), and a refused
// edit leaves no trace.

#include "tests/core/store_fixtures.h"

#include "core/sql/statement.h"
#include "core/store/geometry_blob.h"
#include "core/store/schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using uo::DistrictStore;
using uo::Geometry;
using uo::StoreError;
using namespace uo::test;

namespace {

struct AuditRow
{
    QString operatorName, action, table;
    qint64 rowId = 0;
    QJsonObject oldValues, newValues;
};

QList<AuditRow> auditLog(DistrictStore &store)
{
    QList<AuditRow> rows;
    auto st = store.db().prepare("SELECT operator, action, table_name, row_id, old_values, new_values "
                                 "FROM audit_log ORDER BY id");
    while (st.step())
        rows.append({st.text(0), st.text(1), st.text(2), st.int64(3),
                     QJsonDocument::fromJson(st.text(4).toUtf8()).object(),
                     QJsonDocument::fromJson(st.text(5).toUtf8()).object()});
    return rows;
}

QByteArray geom(const Geometry &g)
{
    return uo::geometry_blob::encode(g);
}

} // namespace

class TstDistrictStore : public QObject
{
    Q_OBJECT

private slots:
    // Making a store costs a tenth of a second or more (spatial metadata, nine indexed layers): the tests
    // that only need a fresh Jiangbei store start from a copy of one made here.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        DistrictStore::create(m_template, jiangbei(), QStringLiteral("surveyor Wang"));
    }

    void init() { m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_serial)); }

    void settingsSurviveReopening_data()
    {
        QTest::addColumn<QString>("county");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("srid");
        QTest::newRow("Jiangbei, CM 108E") << QStringLiteral("500105") << QStringLiteral("江北区") << 4545;
        QTest::newRow("Yuzhong, CM 105E") << QStringLiteral("500103") << QStringLiteral("渝中区") << 4544;
        QTest::newRow("lon/lat store") << QStringLiteral("500105") << QStringLiteral("Jiangbei") << 4490;
    }
    void settingsSurviveReopening()
    {
        QFETCH(QString, county);
        QFETCH(QString, name);
        QFETCH(int, srid);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        DistrictStore::create(m_path, {county, name, srid}, QStringLiteral("surveyor Wang"));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        QCOMPARE(rawInt(m_path, "PRAGMA application_id"), qint64(uo::schema::kApplicationId));
        QCOMPARE(rawInt(m_path, "PRAGMA user_version"), qint64(uo::schema::kCurrentVersion));

        auto store = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
        QCOMPARE(store->settings().countyCode, county);
        QCOMPARE(store->settings().name, name);
        QCOMPARE(store->srid(), srid);
        QCOMPARE(store->schemaVersion(), uo::schema::kCurrentVersion);
        QVERIFY2(store->created() >= before && store->created() <= after,
                 qPrintable(store->created().toString(Qt::ISODate)));
        QVERIFY(store->updated() >= store->created());

        const QList<AuditRow> log = auditLog(*store);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].action, QStringLiteral("create"));
        QCOMPARE(log[0].operatorName, QStringLiteral("surveyor Wang"));
        QCOMPARE(log[0].newValues.value(QStringLiteral("district_name")).toString(), name);
        QCOMPARE(log[0].newValues.value(QStringLiteral("srid")).toInt(), srid);
    }

    void setSettingIsKeptAndAudited()
    {
        QVERIFY(QFile::copy(m_template, m_path));
        {
            auto store = DistrictStore::open(m_path);
            store->setOperatorName(QStringLiteral("clerk Zhao"));
            store->setSetting(QStringLiteral("district_name"), QStringLiteral("重庆市江北区"));
            store->setSetting(QStringLiteral("contact"), QStringLiteral("023-67850000"));
            QCOMPARE(store->settings().name, QStringLiteral("重庆市江北区"));
            try {
                store->setSetting(QStringLiteral("srid"), QStringLiteral("4544"));
                QFAIL("the store CRS was changed");
            } catch (const uo::RequestError &) {
            }
        }
        auto store = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
        QCOMPARE(store->settings().name, QStringLiteral("重庆市江北区"));
        QCOMPARE(store->setting(QStringLiteral("contact")), QStringLiteral("023-67850000"));
        QCOMPARE(store->srid(), 4545);
        const QList<AuditRow> log = auditLog(*store);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[1].operatorName, QStringLiteral("clerk Zhao"));
        QCOMPARE(log[1].table, QStringLiteral("settings"));
        QCOMPARE(log[1].oldValues.value(QStringLiteral("district_name")).toString(),
                 QStringLiteral("江北区"));
        QCOMPARE(log[1].newValues.value(QStringLiteral("district_name")).toString(),
                 QStringLiteral("重庆市江北区"));
        QVERIFY(log[2].oldValues.isEmpty());
        QCOMPARE(log[2].newValues.value(QStringLiteral("contact")).toString(),
                 QStringLiteral("023-67850000"));
    }

    void operatorComesFromTheEnvironment()
    {
        QVERIFY(QFile::copy(m_template, m_path));
        const QByteArray saved = qgetenv("UROPS_OPERATOR");
        qputenv("UROPS_OPERATOR", QStringLiteral("巡查员 李").toUtf8());
        auto store = DistrictStore::open(m_path);
        if (saved.isNull())
            qunsetenv("UROPS_OPERATOR");
        else
            qputenv("UROPS_OPERATOR", saved);
        QCOMPARE(store->operatorName(), QStringLiteral("巡查员 李"));
        store->insertRow(QStringLiteral("entities"),
                         {{QStringLiteral("code"), QStringLiteral("E1")},
                          {QStringLiteral("name"), QStringLiteral("江北区城市管理局")},
                          {QStringLiteral("kind"), QStringLiteral("department")}});
        QCOMPARE(auditLog(*store).last().operatorName, QStringLiteral("巡查员 李"));
    }

    // Each row: a map layer, the values of a new feature, an edit of one attribute and the geometry,
    // and the WKT SpatiaLite prints for the two geometries (written out by hand).
    void rowsSurviveReopeningAndAreAudited_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("newValue");
        QTest::addColumn<Geometry>("newGeometry");
        QTest::addColumn<QString>("wkt");
        QTest::addColumn<QString>("newWkt");

        const Geometry area = Geometry::multiPolygon(4545, {{{{360000, 3280000},
                                                              {360400, 3280000},
                                                              {360400, 3280300},
                                                              {360000, 3280300},
                                                              {360000, 3280000}}}});
        QTest::newRow("district_boundary (multipolygon)")
            << QStringLiteral("district_boundary")
            << QVariantMap{{QStringLiteral("name"), QStringLiteral("江北区")},
                           {QStringLiteral("kind"), QStringLiteral("district")},
                           {QStringLiteral("area_m2"), 120000.0},
                           {QStringLiteral("geom"), geom(area)}}
            << QStringLiteral("area_m2") << QVariant(110000.5)
            << Geometry::multiPolygon(
                   4545, {{{{360000, 3280000}, {360400, 3280000}, {360000, 3280300}, {360000, 3280000}}}})
            << QStringLiteral("MULTIPOLYGON(((360000 3280000, 360400 3280000, 360400 3280300, 360000 "
                              "3280300, 360000 3280000)))")
            << QStringLiteral(
                   "MULTIPOLYGON(((360000 3280000, 360400 3280000, 360000 3280300, 360000 3280000)))");
        QTest::newRow("roads (linestring)")
            << QStringLiteral("roads")
            << QVariantMap{{QStringLiteral("code"), QStringLiteral("R001")},
                           {QStringLiteral("name"), QStringLiteral("建新北路")},
                           {QStringLiteral("grade"), QStringLiteral("main")},
                           {QStringLiteral("opened_date"), QStringLiteral("2016-05-01")},
                           {QStringLiteral("length_m"), 1250.25},
                           {QStringLiteral("geom"),
                            geom(Geometry::lineString(4545, {{370000, 3277000}, {371250.25, 3277000}}))}}
            << QStringLiteral("major_repair_date") << QVariant(QStringLiteral("2023-10-01"))
            << Geometry::lineString(4545, {{370000, 3277000}, {370600, 3277100}, {371200, 3277000}})
            << QStringLiteral("LINESTRING(370000 3277000, 371250.25 3277000)")
            << QStringLiteral("LINESTRING(370000 3277000, 370600 3277100, 371200 3277000)");
        QTest::newRow("components (point)")
            << QStringLiteral("components")
            << QVariantMap{{QStringLiteral("ident"), QStringLiteral("5001050101000001")},
                           {QStringLiteral("class_code"), QStringLiteral("0101")},
                           {QStringLiteral("name"), QStringLiteral("上水井盖")},
                           {QStringLiteral("state"), QStringLiteral("intact")},
                           {QStringLiteral("geom"), geom(Geometry::point(4545, {370010.5, 3277001.25}))}}
            << QStringLiteral("state") << QVariant(QStringLiteral("damaged"))
            << Geometry::point(4545, {370011, 3277002}) << QStringLiteral("POINT(370010.5 3277001.25)")
            << QStringLiteral("POINT(370011 3277002)");
    }
    void rowsSurviveReopeningAndAreAudited()
    {
        QFETCH(QString, table);
        QFETCH(QVariantMap, values);
        QFETCH(QString, column);
        QFETCH(QVariant, newValue);
        QFETCH(Geometry, newGeometry);
        QFETCH(QString, wkt);
        QFETCH(QString, newWkt);

        qint64 id = 0;
        {
            QVERIFY(QFile::copy(m_template, m_path));
            auto store = DistrictStore::open(m_path);
            store->setOperatorName(QStringLiteral("surveyor Wang"));
            id = store->insertRow(table, values);
            QVERIFY(id > 0);
        }
        QVariantMap expected = values;
        expected.insert(QStringLiteral("id"), id);
        {
            auto store = DistrictStore::open(m_path);
            QCOMPARE(store->count(table), 1);
            const QVariantMap row = store->readRow(table, id);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                QCOMPARE(row.value(it.key()), it.value());
            // The spatial index is kept by SpatiaLite's triggers; it stores floats, rounded outwards.
            const QRectF bounds =
                uo::geometry_blob::decode(values.value(QStringLiteral("geom")).toByteArray().constData(),
                                          int(values.value(QStringLiteral("geom")).toByteArray().size()))
                    ->bounds();
            const QRectF extent = store->extent(table);
            QVERIFY(extent.left() <= bounds.left() && extent.left() > bounds.left() - 1);
            QVERIFY(extent.top() <= bounds.top() && extent.top() > bounds.top() - 1);
            QVERIFY(extent.right() >= bounds.right() && extent.right() < bounds.right() + 1);
            QVERIFY(extent.bottom() >= bounds.bottom() && extent.bottom() < bounds.bottom() + 1);

            store->setOperatorName(QStringLiteral("clerk Zhao"));
            store->updateRow(table, id, {{column, newValue}, {QStringLiteral("geom"), geom(newGeometry)}});
        }
        expected.insert(column, newValue);
        expected.insert(QStringLiteral("geom"), geom(newGeometry));
        {
            auto store = DistrictStore::open(m_path);
            const QVariantMap row = store->readRow(table, id);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                QCOMPARE(row.value(it.key()), it.value());
            store->setOperatorName(QStringLiteral("inspector Li"));
            store->deleteRow(table, id);
            QVERIFY(store->readRow(table, id).isEmpty());
            QCOMPARE(store->count(table), 0);
            QVERIFY(store->extent(table).isNull());
        }

        auto store = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
        QVERIFY(store->readRow(table, id).isEmpty());
        const QList<AuditRow> log = auditLog(*store);
        QCOMPARE(log.size(), 4); // create, insert, update, delete
        const AuditRow &insert = log[1], &update = log[2], &remove = log[3];

        QCOMPARE(insert.action, QStringLiteral("insert"));
        QCOMPARE(insert.operatorName, QStringLiteral("surveyor Wang"));
        QCOMPARE(insert.table, table);
        QCOMPARE(insert.rowId, id);
        QVERIFY(insert.oldValues.isEmpty());
        QCOMPARE(insert.newValues.value(QStringLiteral("geom")).toString(), wkt);
        QCOMPARE(insert.newValues.toVariantMap().value(column), values.value(column));

        QCOMPARE(update.action, QStringLiteral("update"));
        QCOMPARE(update.operatorName, QStringLiteral("clerk Zhao"));
        QCOMPARE(update.rowId, id);
        QStringList changed{column, QStringLiteral("geom")};
        changed.sort();
        QCOMPARE(update.oldValues.keys(), changed); // only what changed, not the whole row
        QCOMPARE(update.newValues.keys(), changed);
        QCOMPARE(update.oldValues.value(QStringLiteral("geom")).toString(), wkt);
        QCOMPARE(update.oldValues.toVariantMap().value(column).toString(), values.value(column).toString());
        QCOMPARE(update.newValues.value(QStringLiteral("geom")).toString(), newWkt);
        QCOMPARE(update.newValues.toVariantMap().value(column), newValue);

        QCOMPARE(remove.action, QStringLiteral("delete"));
        QCOMPARE(remove.operatorName, QStringLiteral("inspector Li"));
        QCOMPARE(remove.rowId, id);
        QVERIFY(remove.newValues.isEmpty());
        QCOMPARE(remove.oldValues.value(QStringLiteral("geom")).toString(), newWkt);
        QCOMPARE(remove.oldValues.toVariantMap().value(column), newValue);
        QCOMPARE(remove.oldValues.value(QStringLiteral("id")).toInteger(), id);
    }

    // A refused edit changes nothing and writes no audit row. Constraint failures are values the store
    // will not accept (Invalid), like unknown columns and rows.
    void refusedEditsLeaveNoTrace_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QVariantMap>("values");
        const QVariantMap street{{QStringLiteral("code"), QStringLiteral("500105006")},
                                 {QStringLiteral("name"), QStringLiteral("观音桥街道")},
                                 {QStringLiteral("kind"), QStringLiteral("street")}};
        auto with = [](QVariantMap map, const QString &key, const QVariant &value) {
            map.insert(key, value);
            return map;
        };
        const Geometry square = Geometry::multiPolygon(4545, {{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}});
        QTest::newRow("unknown table")
            << QStringLiteral("insert") << QStringLiteral("no_such_table") << street;
        QTest::newRow("unknown column") << QStringLiteral("insert") << QStringLiteral("streets")
                                        << with(street, QStringLiteral("colour"), QStringLiteral("red"));
        QTest::newRow("CHECK constraint") << QStringLiteral("insert") << QStringLiteral("streets")
                                          << with(street, QStringLiteral("kind"), QStringLiteral("village"));
        QTest::newRow("duplicate code") << QStringLiteral("insert") << QStringLiteral("streets")
                                        << with(street, QStringLiteral("code"), QStringLiteral("500105001"));
        QTest::newRow("missing NOT NULL")
            << QStringLiteral("insert") << QStringLiteral("streets")
            << QVariantMap{{QStringLiteral("code"), QStringLiteral("500105007")}};
        QTest::newRow("geometry of another type")
            << QStringLiteral("insert") << QStringLiteral("streets")
            << with(street, QStringLiteral("geom"), geom(Geometry::point(4545, {1, 1})));
        QTest::newRow("geometry in another CRS")
            << QStringLiteral("insert") << QStringLiteral("streets")
            << with(street, QStringLiteral("geom"),
                    geom(Geometry{Geometry::MultiPolygon, 4544, square.parts}));
        QTest::newRow("update the id") << QStringLiteral("update") << QStringLiteral("streets")
                                       << QVariantMap{{QStringLiteral("id"), 99}};
        QTest::newRow("update a missing row") << QStringLiteral("update missing") << QStringLiteral("streets")
                                              << QVariantMap{{QStringLiteral("name"), QStringLiteral("x")}};
        QTest::newRow("delete a missing row")
            << QStringLiteral("delete missing") << QStringLiteral("streets") << QVariantMap();
    }
    void refusedEditsLeaveNoTrace()
    {
        QFETCH(QString, operation);
        QFETCH(QString, table);
        QFETCH(QVariantMap, values);
        QVERIFY(QFile::copy(m_template, m_path));
        auto store = DistrictStore::open(m_path);
        const qint64 existing = store->insertRow(QStringLiteral("streets"),
                                                 {{QStringLiteral("code"), QStringLiteral("500105001")},
                                                  {QStringLiteral("name"), QStringLiteral("华新街街道")},
                                                  {QStringLiteral("kind"), QStringLiteral("street")}});
        const qint64 auditRows = store->count(QStringLiteral("audit_log"));
        const QString updated = store->setting(QStringLiteral("updated"));
        const QVariantMap before = store->readRow(QStringLiteral("streets"), existing);
        try {
            if (operation == QLatin1String("insert"))
                store->insertRow(table, values);
            else if (operation == QLatin1String("update"))
                store->updateRow(table, existing, values);
            else if (operation == QLatin1String("update missing"))
                store->updateRow(table, existing + 100, values);
            else
                store->deleteRow(table, existing + 100);
            QFAIL("the edit was accepted");
        } catch (const uo::Error &e) {
            // A row or column the table does not have is asked for wrongly (RequestError); a value the
            // table's constraints refuse is the store's refusal (StoreError Invalid).
            const QString tag = QString::fromUtf8(QTest::currentDataTag());
            const bool asked = tag.startsWith(QLatin1String("unknown")) ||
                               tag.startsWith(QLatin1String("update")) ||
                               tag.startsWith(QLatin1String("delete"));
            if (asked) {
                QVERIFY2(dynamic_cast<const uo::RequestError *>(&e), qPrintable(e.message()));
            } else {
                const auto *refusal = dynamic_cast<const StoreError *>(&e);
                QVERIFY2(refusal, qPrintable(e.message()));
                QCOMPARE(kindName(refusal->kind()), kindName(StoreError::Kind::Invalid));
            }
            QVERIFY(!e.message().isEmpty());
        }
        QCOMPARE(store->count(QStringLiteral("audit_log")), auditRows);
        QCOMPARE(store->count(QStringLiteral("streets")), 1);
        QCOMPARE(store->readRow(QStringLiteral("streets"), existing), before);
        QCOMPARE(store->setting(QStringLiteral("updated")), updated);
        // The store is still usable: no transaction was left open.
        store->insertRow(QStringLiteral("streets"), {{QStringLiteral("code"), QStringLiteral("500105002")},
                                                     {QStringLiteral("name"), QStringLiteral("江北城街道")},
                                                     {QStringLiteral("kind"), QStringLiteral("street")}});
        QCOMPARE(store->count(QStringLiteral("streets")), 2);
    }

    void createRefusesAnExistingFile()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const QByteArray hash = fileHash(m_path);
        try {
            DistrictStore::create(m_path, jiangbei());
            QFAIL("an existing file was overwritten");
        } catch (const uo::FileError &e) {
            QCOMPARE(e.kind(), uo::FileError::Kind::Exists);
        }
        QCOMPARE(fileHash(m_path), hash);
    }

private:
    QTemporaryDir m_dir;
    QString m_template, m_path;
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TstDistrictStore)
#include "tst_district_store.moc"
