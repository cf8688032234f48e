#include "core/segments/polyline.h"

#include <QTest>
#include <cmath>

using namespace uo;

namespace {
// An L: 300 m east, then 400 m north; 700 m in all.
const QList<QPointF> kLine{{0, 0}, {300, 0}, {300, 400}};

bool near(QPointF a, QPointF b, double tolerance = 1e-9)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) <= tolerance;
}
} // namespace

class TestPolyline : public QObject
{
    Q_OBJECT

private slots:
    void length() { QCOMPARE(polyline::length(kLine), 700.0); }

    void pointAt_data()
    {
        QTest::addColumn<double>("measure");
        QTest::addColumn<QPointF>("expected");
        QTest::newRow("start") << 0.0 << QPointF(0, 0);
        QTest::newRow("first leg") << 120.0 << QPointF(120, 0);
        QTest::newRow("corner") << 300.0 << QPointF(300, 0);
        QTest::newRow("second leg") << 450.0 << QPointF(300, 150);
        QTest::newRow("end") << 700.0 << QPointF(300, 400);
        QTest::newRow("before start clamps") << -5.0 << QPointF(0, 0);
        QTest::newRow("past end clamps") << 800.0 << QPointF(300, 400);
    }
    void pointAt()
    {
        QFETCH(double, measure);
        QFETCH(QPointF, expected);
        QVERIFY(near(polyline::pointAt(kLine, measure), expected));
    }

    void substringKeepsInnerVertices()
    {
        const QList<QPointF> piece = polyline::substring(kLine, 100, 500);
        QCOMPARE(piece.size(), 3);
        QVERIFY(near(piece[0], {100, 0}));
        QVERIFY(near(piece[1], {300, 0}));
        QVERIFY(near(piece[2], {300, 200}));
        QCOMPARE(polyline::length(piece), 400.0);
    }

    void piecesAddUp()
    {
        const double cuts[] = {0, 123.4, 300, 512.25, 700};
        double total = 0;
        for (int i = 0; i + 1 < 5; ++i)
            total += polyline::length(polyline::substring(kLine, cuts[i], cuts[i + 1]));
        QVERIFY(std::fabs(total - 700) < 1e-9);
    }

    void project_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<double>("measure");
        QTest::addColumn<double>("distance");
        QTest::newRow("on the line") << QPointF(50, 0) << 50.0 << 0.0;
        QTest::newRow("beside first leg") << QPointF(200, -7) << 200.0 << 7.0;
        QTest::newRow("beside second leg") << QPointF(310, 100) << 400.0 << 10.0;
        QTest::newRow("beyond the end") << QPointF(300, 430) << 700.0 << 30.0;
    }
    void project()
    {
        QFETCH(QPointF, point);
        QFETCH(double, measure);
        QFETCH(double, distance);
        double d = -1;
        QVERIFY(std::fabs(polyline::project(kLine, point, &d) - measure) < 1e-9);
        QVERIFY(std::fabs(d - distance) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestPolyline)
#include "tst_polyline.moc"
