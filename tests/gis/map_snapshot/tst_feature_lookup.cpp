#include "gis/map_snapshot/feature_lookup.h"
#include "tests/gis/render/tiny_district.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tiny_district;

namespace {
QPointF at(double dx, double dy)
{
    return QPointF(kOriginX + dx, kOriginY + dy);
}

QStringList tablesOf(const QList<uo::FeatureHit> &hits)
{
    QStringList tables;
    for (const uo::FeatureHit &hit : hits)
        if (!tables.contains(hit.table))
            tables.append(hit.table);
    return tables;
}
} // namespace

class TestFeatureLookup : public QObject
{
    Q_OBJECT

private:
    tiny_district::Loaded m_tiny;

private slots:
    void initTestCase() { QVERIFY(tiny_district::load(m_tiny)); }

    void whatLiesUnderThePointer_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<QStringList>("tables");
        const QStringList none;
        QTest::newRow("red risk point") << at(50, 50) << 2.0 << QStringList{QStringLiteral("risk_points")};
        QTest::newRow("near the red risk point")
            << at(51.5, 50) << 2.0 << QStringList{QStringLiteral("risk_points")};
        QTest::newRow("too far from it") << at(53, 50) << 2.0 << none;
        // The topmost layer first: segments are drawn over their road.
        QTest::newRow("on the road") << at(40, -50.5) << 2.0
                                     << QStringList{QStringLiteral("road_segments"), QStringLiteral("roads")};
        QTest::newRow("the permit, on the road's edge")
            << at(-21, -81) << 0.1 << QStringList{QStringLiteral("permits")};
        QTest::newRow("the cluster of components")
            << at(60, -20) << 1.0 << QStringList{QStringLiteral("components")};
        QTest::newRow("open ground") << at(-70, 70) << 2.0 << none;
    }
    void whatLiesUnderThePointer()
    {
        QFETCH(QPointF, point);
        QFETCH(double, tolerance);
        QFETCH(QStringList, tables);
        QCOMPARE(tablesOf(uo::featuresAt(*m_tiny.map, point, tolerance)), tables);
    }

    void theNearestComesFirstAndIsReadable()
    {
        const QList<uo::FeatureHit> hits = uo::featuresAt(*m_tiny.map, at(0, 20), 5.0);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().table, QStringLiteral("components"));
        // The id leads back to the row: identify shows the attributes read from the store.
        const QVariantMap row = m_tiny.store->readRow(hits.first().table, hits.first().id);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("damaged"));
    }

    void manyComponentsAreCappedPerLayer()
    {
        const QList<uo::FeatureHit> hits = uo::featuresAt(*m_tiny.map, at(60, -20), 1.0, {}, 20);
        QCOMPARE(hits.size(), 20);
    }

    void onlyTheAskedLayersAreSearched()
    {
        const QList<uo::FeatureHit> hits =
            uo::featuresAt(*m_tiny.map, at(40, -50), 2.0, {QStringLiteral("roads")});
        QCOMPARE(tablesOf(hits), QStringList{QStringLiteral("roads")});
    }
};

QTEST_MAIN(TestFeatureLookup)
#include "tst_feature_lookup.moc"
