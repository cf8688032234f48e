#include "core/store/geometry_distance.h"
#include "core/store/geometry_measure.h"

#include <QTest>

#include <algorithm>

using namespace uo;

Q_DECLARE_METATYPE(uo::Geometry)

namespace {

Geometry::Ring square(double x, double y, double side)
{
    return {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}};
}

Geometry point(double x, double y)
{
    return Geometry::point(4545, {x, y});
}

Geometry line(const Geometry::Ring &points)
{
    return Geometry::lineString(4545, points);
}

} // namespace

// Distances and measures worked out by hand on shapes in metres, as the permit checks and the
// measuring tool use them.
class TestGeometryDistance : public QObject
{
    Q_OBJECT

private slots:
    void distances_data()
    {
        QTest::addColumn<Geometry>("a");
        QTest::addColumn<Geometry>("b");
        QTest::addColumn<double>("expected");
        const Geometry box = Geometry::polygon(4545, {square(0, 0, 10)});
        const Geometry holed = Geometry::polygon(4545, {square(0, 0, 10), square(4, 4, 2)});
        QTest::newRow("two points, 3-4-5") << point(0, 0) << point(3, 4) << 5.0;
        QTest::newRow("point to the middle of a line") << point(5, 2) << line({{0, 0}, {10, 0}}) << 2.0;
        QTest::newRow("point beyond a line's end") << point(13, 4) << line({{0, 0}, {10, 0}}) << 5.0;
        QTest::newRow("crossing lines") << line({{0, -5}, {0, 5}}) << line({{-5, 0}, {5, 0}}) << 0.0;
        QTest::newRow("parallel lines") << line({{0, 0}, {10, 0}}) << line({{2, 7}, {8, 7}}) << 7.0;
        QTest::newRow("point inside an area") << point(5, 5) << box << 0.0;
        QTest::newRow("point outside an area's corner") << point(13, 14) << box << 5.0;
        QTest::newRow("point in a hole, to the hole's edge") << point(5, 5.5) << holed << 0.5;
        QTest::newRow("line wholly inside an area") << line({{2, 2}, {3, 3}}) << box << 0.0;
        QTest::newRow("area wholly inside an area")
            << Geometry::polygon(4545, {square(2, 2, 1)}) << box << 0.0;
        QTest::newRow("areas apart") << Geometry::polygon(4545, {square(20, 0, 5)}) << box << 10.0;
        QTest::newRow("areas touching at an edge")
            << Geometry::polygon(4545, {square(10, 0, 5)}) << box << 0.0;
        QTest::newRow("multipolygon: its nearer part")
            << Geometry::multiPolygon(4545, {{square(100, 0, 5)}, {square(0, 13, 2)}}) << box << 3.0;
    }
    void distances()
    {
        QFETCH(Geometry, a);
        QFETCH(Geometry, b);
        QFETCH(double, expected);
        QVERIFY(qAbs(geometry_distance::distance(a, b) - expected) < 1e-9);
        QVERIFY(qAbs(geometry_distance::distance(b, a) - expected) < 1e-9);
        QVERIFY(geometry_distance::within(a, b, expected));
        QVERIFY(!geometry_distance::within(a, b, expected - 0.001));
    }

    void segmentFraction_data()
    {
        QTest::addColumn<QPointF>("p");
        QTest::addColumn<QPointF>("a");
        QTest::addColumn<QPointF>("b");
        QTest::addColumn<double>("fraction");
        QTest::newRow("beside the middle") << QPointF(5, 3) << QPointF(0, 0) << QPointF(10, 0) << 0.5;
        QTest::newRow("before the start") << QPointF(-4, 1) << QPointF(0, 0) << QPointF(10, 0) << 0.0;
        QTest::newRow("beyond the end") << QPointF(14, -2) << QPointF(0, 0) << QPointF(10, 0) << 1.0;
        QTest::newRow("slanted, a quarter") << QPointF(0, 2) << QPointF(-1, 1) << QPointF(3, 5) << 0.25;
        QTest::newRow("no length") << QPointF(3, 3) << QPointF(1, 1) << QPointF(1, 1) << 0.0;
    }

    void segmentFraction()
    {
        QFETCH(QPointF, p);
        QFETCH(QPointF, a);
        QFETCH(QPointF, b);
        QFETCH(double, fraction);
        QVERIFY(qAbs(geometry_distance::segmentFraction(p, a, b) - fraction) < 1e-12);
    }

    void nothingIsNearAnEmptyGeometry() { QVERIFY(!geometry_distance::within(Geometry(), point(0, 0), 1e9)); }

    void theGridFindsWhatMayBeNear()
    {
        BoundsGrid grid(100);
        grid.insert(0, QRectF(0, 0, 10, 10));
        grid.insert(1, QRectF(250, 0, 10, 10));
        grid.insert(2, QRectF(-500, 0, 1000, 10)); // across many cells
        const auto near = [&grid](const QRectF &bounds, double margin) {
            QList<int> items = grid.near(bounds, margin);
            std::sort(items.begin(), items.end());
            return items;
        };
        QCOMPARE(near(QRectF(5, 5, 1, 1), 0), (QList<int>{0, 2}));
        // Across several cells, each item once.
        QCOMPARE(near(QRectF(150, 5, 1, 1), 100), (QList<int>{0, 1, 2}));
        QCOMPARE(near(QRectF(-300, -150, 700, 300), 0), (QList<int>{0, 1, 2}));
        QCOMPARE(near(QRectF(5, 400, 1, 1), 10), QList<int>{});
    }

    void measures()
    {
        // A 30 × 40 right triangle: legs 30 and 40, hypotenuse 50, area 600.
        const Geometry::Ring triangle{{0, 0}, {30, 0}, {30, 40}};
        QCOMPARE(geometry_measure::lineLength(triangle), 70.0);
        QCOMPARE(geometry_measure::ringArea(triangle), 600.0);
        Geometry::Ring closed = triangle;
        closed.append(closed.first());
        QCOMPARE(geometry_measure::ringArea(closed), 600.0);
        const Geometry holed = Geometry::polygon(4545, {square(0, 0, 10), square(4, 4, 2)});
        QCOMPARE(geometry_measure::area(holed), 96.0);
        QCOMPARE(geometry_measure::length(holed), 48.0);
        QCOMPARE(geometry_measure::area(line(triangle)), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestGeometryDistance)
#include "tst_geometry_distance.moc"
