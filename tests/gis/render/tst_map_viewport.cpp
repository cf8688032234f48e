#include "gis/render/map_viewport.h"

#include <QTest>

using uo::MapViewport;

namespace {
bool near(QPointF a, QPointF b, double tolerance = 1e-6)
{
    return qAbs(a.x() - b.x()) <= tolerance && qAbs(a.y() - b.y()) <= tolerance;
}
} // namespace

class TestMapViewport : public QObject
{
    Q_OBJECT

private slots:
    void mapToPixel_data()
    {
        QTest::addColumn<QPointF>("map");
        QTest::addColumn<QPointF>("pixel");
        // Centre (370000, 3278000), 2 m per pixel, 400 x 300 pixels.
        QTest::newRow("centre") << QPointF(370000, 3278000) << QPointF(200, 150);
        QTest::newRow("east is right") << QPointF(370200, 3278000) << QPointF(300, 150);
        QTest::newRow("north is up") << QPointF(370000, 3278100) << QPointF(200, 100);
        QTest::newRow("top left corner") << QPointF(369600, 3278300) << QPointF(0, 0);
        QTest::newRow("bottom right corner") << QPointF(370400, 3277700) << QPointF(400, 300);
    }
    void mapToPixel()
    {
        QFETCH(QPointF, map);
        QFETCH(QPointF, pixel);
        const MapViewport vp(QPointF(370000, 3278000), 2.0, QSize(400, 300));
        QVERIFY2(near(vp.toPixel(map), pixel),
                 qPrintable(QStringLiteral("%1,%2").arg(vp.toPixel(map).x()).arg(vp.toPixel(map).y())));
        QVERIFY(near(vp.toMap(pixel), map));
    }

    void visibleRect()
    {
        const MapViewport vp(QPointF(370000, 3278000), 2.0, QSize(400, 300));
        const QRectF r = vp.visibleMapRect();
        QCOMPARE(r.left(), 369600.0);
        QCOMPARE(r.right(), 370400.0);
        QCOMPARE(r.top(), 3277700.0);
        QCOMPARE(r.bottom(), 3278300.0);
        const QRectF back = vp.toPixel(r);
        QVERIFY(near(back.topLeft(), QPointF(0, 0)));
        QVERIFY(near(back.bottomRight(), QPointF(400, 300)));
    }

    void scaleDenominator_data()
    {
        QTest::addColumn<double>("perPixel");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("denominator");
        QTest::newRow("1 m/px at 96 dpi") << 1.0 << 96.0 << 3779.527559;
        QTest::newRow("0.0254 m/px at 100 dpi") << 0.0254 << 100.0 << 100.0;
        QTest::newRow("10 m/px at 254 dpi") << 10.0 << 254.0 << 100000.0;
    }
    void scaleDenominator()
    {
        QFETCH(double, perPixel);
        QFETCH(double, dpi);
        QFETCH(double, denominator);
        const MapViewport vp(QPointF(0, 0), perPixel, QSize(100, 100));
        QVERIFY(qAbs(vp.scaleDenominator(dpi) - denominator) < 1e-3);
    }

    void zoomKeepsTheAnchor_data()
    {
        QTest::addColumn<QPointF>("pixel");
        QTest::addColumn<double>("factor");
        QTest::newRow("in at a corner") << QPointF(10, 20) << 2.0;
        QTest::newRow("out at the centre") << QPointF(200, 150) << 0.5;
        QTest::newRow("in a little off centre") << QPointF(333, 77) << 1.25;
    }
    void zoomKeepsTheAnchor()
    {
        QFETCH(QPointF, pixel);
        QFETCH(double, factor);
        MapViewport vp(QPointF(370000, 3278000), 2.0, QSize(400, 300));
        const QPointF anchor = vp.toMap(pixel);
        vp.zoomAt(pixel, factor);
        QVERIFY(qAbs(vp.mapUnitsPerPixel() - 2.0 / factor) < 1e-12);
        QVERIFY(near(vp.toPixel(anchor), pixel, 1e-6));
    }

    void zoomIsClamped()
    {
        MapViewport vp(QPointF(0, 0), 1.0, QSize(100, 100));
        vp.zoomAt(QPointF(50, 50), 1e9);
        QCOMPARE(vp.mapUnitsPerPixel(), MapViewport::kMinMapUnitsPerPixel);
        vp.zoomAt(QPointF(50, 50), 1e-12);
        QCOMPARE(vp.mapUnitsPerPixel(), MapViewport::kMaxMapUnitsPerPixel);
    }

    void panFollowsTheDrag()
    {
        MapViewport vp(QPointF(370000, 3278000), 2.0, QSize(400, 300));
        const QPointF grabbed = vp.toMap(QPointF(100, 100));
        vp.panByPixels(QPointF(30, -20));
        QVERIFY(near(vp.toPixel(grabbed), QPointF(130, 80)));
    }

    void fitShowsAllOfTheRect_data()
    {
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<QSize>("size");
        QTest::newRow("wide rect in a square") << QRectF(349400, 3271800, 43200, 13500) << QSize(500, 500);
        QTest::newRow("tall rect in a wide window") << QRectF(0, 0, 100, 1000) << QSize(1600, 900);
    }
    void fitShowsAllOfTheRect()
    {
        QFETCH(QRectF, rect);
        QFETCH(QSize, size);
        MapViewport vp(QPointF(0, 0), 1.0, size);
        vp.fit(rect, 0.05);
        const QRectF visible = vp.visibleMapRect();
        QVERIFY(visible.contains(rect));
        QVERIFY(near(vp.centre(), rect.center()));
        // Tight: the rect fills 90 % of the limiting dimension.
        const double fill = std::max(rect.width() / visible.width(), rect.height() / visible.height());
        QVERIFY(qAbs(fill - 0.9) < 1e-9);
    }

    void fitOnAPointKeepsTheScale()
    {
        MapViewport vp(QPointF(0, 0), 3.0, QSize(100, 100));
        vp.fit(QRectF(QPointF(500, 700), QSizeF(0, 0)));
        QCOMPARE(vp.mapUnitsPerPixel(), 3.0);
        QCOMPARE(vp.centre(), QPointF(500, 700));
    }

    void deviceSizeFollowsTheRatio()
    {
        const MapViewport vp(QPointF(0, 0), 1.0, QSize(401, 300), 1.5);
        QCOMPARE(vp.deviceSize(), QSize(602, 450));
        QVERIFY(!MapViewport().isValid());
    }
};

QTEST_APPLESS_MAIN(TestMapViewport)
#include "tst_map_viewport.moc"
