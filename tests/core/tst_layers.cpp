#include "core/store/layers.h"

#include <QSet>
#include <QTest>

using namespace uo;

// The layer registry is the one place a layer's table is named: every Layer has one entry, and the
// table and the layer lead to each other.
class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void eachLayerOnce()
    {
        QSet<Layer> seen;
        QSet<QString> tables;
        for (const LayerInfo &info : mapLayers()) {
            QVERIFY2(!seen.contains(info.layer), info.table);
            seen.insert(info.layer);
            tables.insert(QString::fromLatin1(info.table));
        }
        QCOMPARE(seen.size(), mapLayers().size());
        QCOMPARE(tables.size(), mapLayers().size());
    }

    void tableAndLayer_data()
    {
        QTest::addColumn<Layer>("layer");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("geometry");
        QTest::newRow("components") << Layer::Components << "components"
                                    << "POINT";
        QTest::newRow("segments") << Layer::RoadSegments << "road_segments"
                                  << "LINESTRING";
        QTest::newRow("permits") << Layer::Permits << "permits"
                                 << "POLYGON";
        QTest::newRow("boundary") << Layer::DistrictBoundary << "district_boundary"
                                  << "MULTIPOLYGON";
        QTest::newRow("cases") << Layer::Cases << "cases"
                               << "POINT";
    }

    void tableAndLayer()
    {
        QFETCH(Layer, layer);
        QFETCH(QString, table);
        QFETCH(QString, geometry);
        QCOMPARE(tableOf(layer), table);
        QCOMPARE(QLatin1String(tableName(layer)), table);
        QCOMPARE(layerOf(table), std::optional<Layer>(layer));
        QCOMPARE(QLatin1String(layerInfo(layer).geometryType), geometry);
        QCOMPARE(findLayer(table), &layerInfo(layer));
    }

    void otherTablesAreNoLayer()
    {
        QVERIFY(!layerOf(QStringLiteral("entities")));
        QVERIFY(!layerOf(QString()));
        QVERIFY(!findLayer(QStringLiteral("permit_history")));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
