// The SpatiaLite metadata other GIS rely on: every map layer registered in geometry_columns with its
// type and the store CRS, a spatial index that SpatiaLite itself finds consistent, and the reference
// systems the district uses.

#include "tests/core/store_fixtures.h"

#include "core/sql/statement.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"

#include <QTemporaryDir>
#include <QTest>

using uo::DistrictStore;
using uo::Geometry;
using namespace uo::test;

namespace {

// geometry_columns.geometry_type codes of SpatiaLite 4+ for XY geometries (the OGC WKB type codes).
int typeCode(const QString &spatialiteType)
{
    static const QHash<QString, int> codes{{QStringLiteral("POINT"), 1},
                                           {QStringLiteral("LINESTRING"), 2},
                                           {QStringLiteral("POLYGON"), 3},
                                           {QStringLiteral("MULTIPOLYGON"), 6}};
    return codes.value(spatialiteType, -1);
}

} // namespace

class TstSpatialMetadata : public QObject
{
    Q_OBJECT

private slots:
    void everyLayerIsRegistered_data()
    {
        QTest::addColumn<int>("srid");
        QTest::newRow("EPSG:4545") << 4545;
        QTest::newRow("EPSG:4544") << 4544;
        QTest::newRow("EPSG:4490") << 4490;
    }
    void everyLayerIsRegistered()
    {
        QFETCH(int, srid);
        QTemporaryDir dir;
        auto store = DistrictStore::create(dir.filePath(QStringLiteral("district.sqlite")), jiangbei(srid));
        store->insertRow(
            QStringLiteral("components"),
            {{QStringLiteral("ident"), QStringLiteral("5001050101000001")},
             {QStringLiteral("class_code"), QStringLiteral("0101")},
             {QStringLiteral("name"), QStringLiteral("上水井盖")},
             {QStringLiteral("state"), QStringLiteral("intact")},
             {QStringLiteral("geom"), uo::geometry_blob::encode(Geometry::point(srid, {106.5, 29.6}))}});

        auto st = store->db().prepare(
            "SELECT f_table_name, f_geometry_column, geometry_type, coord_dimension, srid, "
            "spatial_index_enabled FROM geometry_columns");
        QHash<QString, QVariantList> rows;
        while (st.step())
            rows.insert(st.text(0), {st.text(1), st.int64(2), st.int64(3), st.int64(4), st.int64(5)});
        QCOMPARE(rows.size(), uo::mapLayers().size());
        for (const uo::LayerInfo &layer : uo::mapLayers()) {
            const QString table = QLatin1String(layer.table);
            QVERIFY2(rows.contains(table), qPrintable(table));
            const QVariantList &row = rows[table];
            QCOMPARE(row[0].toString(), QStringLiteral("geom"));
            QCOMPARE(row[1].toInt(), typeCode(QLatin1String(layer.geometryType)));
            QCOMPARE(row[2].toInt(), 2);
            QCOMPARE(row[3].toInt(), srid);
            QCOMPARE(row[4].toInt(), 1);

            auto check = store->db().prepare("SELECT CheckSpatialIndex(?, 'geom')");
            check.bind(1, table);
            QVERIFY(check.step());
            QVERIFY2(check.int64(0) == 1, qPrintable(table));
        }
        QCOMPARE(store->count(QStringLiteral("idx_components_geom")), 1);
    }

    void referenceSystemsAreKnown_data()
    {
        QTest::addColumn<int>("srid");
        QTest::newRow("EPSG:4545") << 4545;
        QTest::newRow("EPSG:4544") << 4544;
    }
    void referenceSystemsAreKnown()
    {
        QFETCH(int, srid);
        QTemporaryDir dir;
        auto store = DistrictStore::create(dir.filePath(QStringLiteral("district.sqlite")), jiangbei(srid));
        for (int code : {srid, 4490, 4326}) {
            auto st = store->db().prepare(
                "SELECT auth_name, auth_srid, ref_sys_name FROM spatial_ref_sys WHERE srid = ?");
            st.bind(1, code);
            QVERIFY2(st.step(), qPrintable(QString::number(code)));
            QCOMPARE(st.text(0).toLower(), QStringLiteral("epsg"));
            QCOMPARE(st.int64(1), code);
            QVERIFY(!st.text(2).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TstSpatialMetadata)
#include "tst_spatial_metadata.moc"
