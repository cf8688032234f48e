#include "gis/map_snapshot/feature_area_query.h"
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

QRectF box(double dx0, double dy0, double dx1, double dy1)
{
    return QRectF(at(dx0, dy0), at(dx1, dy1)).normalized();
}

QStringList tablesOf(const uo::FeatureIds &found)
{
    QStringList tables = found.keys();
    tables.sort();
    return tables;
}
} // namespace

// Selection by rectangle and polygon, and identify at the edges of what is drawn, on the tiny district
// (see tiny_district.h for where everything lies).
class TestFeatureAreaQuery : public QObject
{
    Q_OBJECT

private:
    tiny_district::Loaded m_tiny;

private slots:
    void initTestCase() { QVERIFY(tiny_district::load(m_tiny)); }

    void aRectangleTakesWhatItMeets_data()
    {
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<qint64>("components");
        QTest::newRow("around the red risk point")
            << box(45, 45, 55, 55) << QStringList{QStringLiteral("risk_points")} << qint64(0);
        // A point exactly on the band's edge is inside; a centimetre beyond it is not.
        QTest::newRow("the risk point on the left edge")
            << box(50, 45, 55, 55) << QStringList{QStringLiteral("risk_points")} << qint64(0);
        QTest::newRow("the risk point just outside") << box(50.01, 45, 55, 55) << QStringList{} << qint64(0);
        QTest::newRow("the cluster: all of it")
            << box(55, -25, 65, -15) << QStringList{QStringLiteral("components")} << qint64(kClusterSize + 1);
        // Over a part of the road: the road and the one segment there, not the other.
        QTest::newRow("across the road")
            << box(30, -60, 40, -40) << QStringList{QStringLiteral("road_segments"), QStringLiteral("roads")}
            << qint64(0);
        QTest::newRow("inside the permit's trench")
            << box(-21.5, -81.5, -20.5, -80.5) << QStringList{QStringLiteral("permits")} << qint64(0);
        QTest::newRow("open ground") << box(-80, 60, -60, 75) << QStringList{} << qint64(0);
        QTest::newRow("everything") << box(-100, -100, 100, 100)
                                    << QStringList{QStringLiteral("components"),
                                                   QStringLiteral("permits"),
                                                   QStringLiteral("risk_points"),
                                                   QStringLiteral("road_segments"),
                                                   QStringLiteral("roads"),
                                                   QStringLiteral("shops")}
                                    << qint64(kComponentCount);
    }
    void aRectangleTakesWhatItMeets()
    {
        QFETCH(QRectF, rect);
        QFETCH(QStringList, tables);
        QFETCH(qint64, components);
        const uo::FeatureIds found = uo::featuresInRect(*m_tiny.map, rect);
        QCOMPARE(tablesOf(found), tables);
        QCOMPARE(qint64(found.value(QStringLiteral("components")).size()), components);
    }

    void aRectangleAcrossTheRoadTakesOnlyTheSegmentThere()
    {
        const uo::FeatureIds found = uo::featuresInRect(*m_tiny.map, box(30, -60, 40, -40));
        QCOMPARE(found.value(QStringLiteral("road_segments")).size(), 1);
        const qint64 id = *found.value(QStringLiteral("road_segments")).cbegin();
        QCOMPARE(m_tiny.store->readRow(QStringLiteral("road_segments"), id)
                     .value(QStringLiteral("from_m"))
                     .toDouble(),
                 80.0);
    }

    void onlyTheLayersAskedFor()
    {
        const uo::FeatureIds found = uo::featuresInRect(*m_tiny.map, box(-100, -100, 100, 100),
                                                        {QStringLiteral("shops"), QStringLiteral("roads")});
        QCOMPARE(tablesOf(found), (QStringList{QStringLiteral("roads"), QStringLiteral("shops")}));
    }

    void aPolygonTakesWhatIsInsideIt()
    {
        // A triangle with the damaged cover (0, 20) inside and the greening component (-50, -20) outside
        // its slanted side, though inside its bounding box.
        const QPolygonF triangle({at(-10, 10), at(10, 10), at(-10, 60)});
        const QPolygonF wide({at(-60, -30), at(10, -30), at(10, 30)});
        const uo::FeatureIds found = uo::featuresInPolygon(*m_tiny.map, triangle);
        QCOMPARE(tablesOf(found), QStringList{QStringLiteral("components")});
        QCOMPARE(found.value(QStringLiteral("components")).size(), 1);
        const qint64 id = *found.value(QStringLiteral("components")).cbegin();
        QCOMPARE(
            m_tiny.store->readRow(QStringLiteral("components"), id).value(QStringLiteral("state")).toString(),
            QStringLiteral("damaged"));
        // The greening component (-50, -20) lies just above the long side, from (-60, -30) to (10, 30),
        // which passes (-50, -21.4): outside, though inside the bounding box; the cover is inside.
        const uo::FeatureIds slanted =
            uo::featuresInPolygon(*m_tiny.map, wide, {QStringLiteral("components")});
        QCOMPARE(slanted.value(QStringLiteral("components")), QSet<qint64>{id});
    }

    void aPolygonInsideAnAreaTakesTheArea()
    {
        const QPolygonF inside({at(-21.8, -81.8), at(-20.2, -81.8), at(-21, -80.2)});
        QCOMPARE(tablesOf(uo::featuresInPolygon(*m_tiny.map, inside)),
                 QStringList{QStringLiteral("permits")});
    }

    void fewerThanThreeCornersTakeNothing()
    {
        QVERIFY(uo::featuresInPolygon(*m_tiny.map, QPolygonF({at(-100, -100), at(100, 100)})).isEmpty());
    }

    // Identify and click-select hit a point symbol anywhere within its drawn radius and not beyond it.
    void identifyAtTheEdgeOfASymbol_data()
    {
        QTest::addColumn<double>("offset");
        QTest::addColumn<bool>("hit");
        QTest::newRow("centre") << 0.0 << true;
        QTest::newRow("just inside the edge") << 4.99 << true;
        QTest::newRow("on the edge") << 5.0 << true;
        QTest::newRow("just outside") << 5.01 << false;
    }
    void identifyAtTheEdgeOfASymbol()
    {
        QFETCH(double, offset);
        QFETCH(bool, hit);
        const double tolerance = 5.0; // 5 pixels at 1 m per pixel
        for (const QPointF direction : {QPointF(1, 0), QPointF(0, -1), QPointF(-0.6, 0.8)}) {
            const QList<uo::FeatureHit> hits = uo::featuresAt(*m_tiny.map, at(-50, 50) + direction * offset,
                                                              tolerance, {QStringLiteral("risk_points")});
            QCOMPARE(!hits.isEmpty(), hit);
        }
    }
};

QTEST_MAIN(TestFeatureAreaQuery)
#include "tst_feature_area_query.moc"
