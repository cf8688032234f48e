// CrsTransform against coordinates computed independently with PROJ's command-line tool, and the
// domain's facts about where Jiangbei lies.

#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"
#include "tests/gis/crs/jiangbei_boundary.h"

#include <QTest>
#include <cmath>

using uo::CrsTransform;
namespace crs = uo::crs;

namespace {

constexpr double kMillimetre = 0.001;
constexpr double kDegreeMillimetre = 1e-8; // about 1.1 mm of latitude

QRectF extentOf(const QList<QPointF> &points)
{
    double minX = points.value(0).x(), maxX = minX, minY = points.value(0).y(), maxY = minY;
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace

class TstCrsTransform : public QObject
{
    Q_OBJECT

private slots:
    // Expected values from PROJ's cs2cs 9.1.1, e.g. `echo 29.6 106.5 | cs2cs -f %.6f EPSG:4490 EPSG:4545`
    // (cs2cs takes and gives each CRS's authority axis order: lat, lon for 4490; northing, easting for
    // 4544/4545; they are written here as x = lon or easting, y = lat or northing).
    void forwardKnownPoints_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QPointF>("input");
        QTest::addColumn<QPointF>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("4490->4545 106.5E 29.6N")
            << 4490 << 4545 << QPointF(106.5, 29.6) << QPointF(354685.126103, 3276713.461737) << kMillimetre;
        QTest::newRow("4490->4545 106.85E 29.65N") << 4490 << 4545 << QPointF(106.85, 29.65)
                                                   << QPointF(388649.638234, 3281868.934014) << kMillimetre;
        QTest::newRow("4490->4545 south-west corner")
            << 4490 << 4545 << QPointF(106.446, 29.555) << QPointF(349386.333114, 3271793.364221)
            << kMillimetre;
        QTest::newRow("4490->4545 north-east corner")
            << 4490 << 4545 << QPointF(106.890, 29.682) << QPointF(392556.967342, 3285378.579475)
            << kMillimetre;
        QTest::newRow("4490->4544 106.5E 29.6N")
            << 4490 << 4544 << QPointF(106.5, 29.6) << QPointF(645314.873897, 3276713.461737) << kMillimetre;
        QTest::newRow("4490->4544 106.85E 29.65N") << 4490 << 4544 << QPointF(106.85, 29.65)
                                                   << QPointF(679138.665688, 3282747.095402) << kMillimetre;
        QTest::newRow("4545->4490") << 4545 << 4490 << QPointF(370000, 3277000)
                                    << QPointF(106.658014021079, 29.604276700933) << kDegreeMillimetre;
        QTest::newRow("4544->4490") << 4544 << 4490 << QPointF(690000, 3281000)
                                    << QPointF(106.961808448312, 29.632635638497) << kDegreeMillimetre;
    }
    void forwardKnownPoints()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QPointF, input);
        QFETCH(QPointF, expected);
        QFETCH(double, tolerance);
        const CrsTransform transform(from, to);
        const QPointF out = transform.forward(input);
        QVERIFY2(std::abs(out.x() - expected.x()) < tolerance && std::abs(out.y() - expected.y()) < tolerance,
                 qPrintable(QStringLiteral("%1, %2").arg(out.x(), 0, 'f', 9).arg(out.y(), 0, 'f', 9)));
        // The same pair backwards through the same object.
        const QPointF back = transform.inverse(expected);
        const double backTolerance = crs::isGeographic(from) ? kDegreeMillimetre : kMillimetre;
        QVERIFY2(std::abs(back.x() - input.x()) < backTolerance &&
                     std::abs(back.y() - input.y()) < backTolerance,
                 qPrintable(QStringLiteral("%1, %2").arg(back.x(), 0, 'f', 9).arg(back.y(), 0, 'f', 9)));
    }

    // Symmetry check that needs no reference: 106.5E lies 1.5 degrees from both central meridians, so its
    // eastings in the two zones add up to twice the false easting, at the same northing.
    void neighbouringZonesMirror()
    {
        const QPointF east = CrsTransform(4490, 4545).forward(QPointF(106.5, 29.6));
        const QPointF west = CrsTransform(4490, 4544).forward(QPointF(106.5, 29.6));
        QVERIFY(std::abs(east.x() + west.x() - 1000000.0) < kMillimetre);
        QVERIFY(std::abs(east.y() - west.y()) < kMillimetre);
    }

    void roundTripsBelowAMillimetre_data()
    {
        QTest::addColumn<int>("projected");
        QTest::newRow("4545") << 4545;
        QTest::newRow("4544") << 4544;
    }
    void roundTripsBelowAMillimetre()
    {
        QFETCH(int, projected);
        const CrsTransform transform(4490, projected);
        for (double lon = 106.40; lon <= 106.95; lon += 0.05) {
            for (double lat = 29.50; lat <= 29.75; lat += 0.05) {
                const QPointF lonLat(lon, lat);
                const QPointF grid = transform.forward(lonLat);
                const QPointF back = transform.inverse(grid);
                QVERIFY(std::abs(back.x() - lon) < kDegreeMillimetre &&
                        std::abs(back.y() - lat) < kDegreeMillimetre);
                const QPointF again = transform.forward(back);
                QVERIFY(std::abs(again.x() - grid.x()) < kMillimetre &&
                        std::abs(again.y() - grid.y()) < kMillimetre);
            }
        }
    }

    void lonLatIsXY()
    {
        // Whatever EPSG says about axis order (lat, lon for 4490), x is the longitude.
        const CrsTransform toGrid(4490, 4545);
        const QPointF grid = toGrid.forward(QPointF(106.5, 29.6));
        QVERIFY(grid.x() > 300000 && grid.x() < 500000);   // an easting west of the central meridian
        QVERIFY(grid.y() > 3200000 && grid.y() < 3400000); // a northing near 29.6 degrees
        const QPointF lonLat = toGrid.inverse(grid);
        QVERIFY(std::abs(lonLat.x() - 106.5) < 1e-9);
        QVERIFY(std::abs(lonLat.y() - 29.6) < 1e-9);

        // CGCS2000 and WGS 84 agree to centimetres: the values pass through in the same order.
        const QPointF wgs = CrsTransform(4490, 4326).forward(QPointF(106.5, 29.6));
        QVERIFY(std::abs(wgs.x() - 106.5) < 1e-6);
        QVERIFY(std::abs(wgs.y() - 29.6) < 1e-6);
        QVERIFY(crs::isGeographic(4490) && crs::isGeographic(4326) && crs::isGeographic(crs::kGcj02));
        QVERIFY(!crs::isGeographic(4545) && !crs::isGeographic(4544));
    }

    void unknownCodeThrows_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("unknown source") << 999999 << 4545;
        QTest::newRow("unknown target") << 4490 << 123;
        QTest::newRow("zero") << 0 << 4545;
    }
    void unknownCodeThrows()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        try {
            CrsTransform transform(from, to);
            QFAIL("a transformation was made");
        } catch (const uo::CrsError &e) {
            QVERIFY2(e.message().contains(QString::number(from == 4490 ? to : from)),
                     qPrintable(e.message()));
        }
    }

    void unprojectablePointIsNaN()
    {
        const QPointF out = CrsTransform(4545, 4490).forward(QPointF(1e30, 1e30));
        QVERIFY(std::isnan(out.x()) && std::isnan(out.y()));
    }

    // Domain reference: Jiangbei in CGCS2000 is about 106.446-106.890 E, 29.555-29.682 N, and in
    // EPSG:4545 about E 349,400-392,600, N 3,271,800-3,285,300. Checked on the real boundary.
    void jiangbeiLiesWhereTheDomainSays()
    {
        const QList<QPointF> gcj = boundaryGcj02();
        QVERIFY(gcj.size() > 1000);

        QList<QPointF> lonLat = gcj;
        CrsTransform(crs::kGcj02, crs::kCgcs2000LonLat).forward(lonLat);
        const QRectF geographic = extentOf(lonLat);
        QVERIFY2(std::abs(geographic.left() - 106.446) < 0.001,
                 qPrintable(QString::number(geographic.left(), 'f', 6)));
        QVERIFY2(std::abs(geographic.right() - 106.890) < 0.001,
                 qPrintable(QString::number(geographic.right(), 'f', 6)));
        QVERIFY2(std::abs(geographic.top() - 29.555) < 0.001,
                 qPrintable(QString::number(geographic.top(), 'f', 6)));
        QVERIFY2(std::abs(geographic.bottom() - 29.682) < 0.001,
                 qPrintable(QString::number(geographic.bottom(), 'f', 6)));

        QList<QPointF> grid = gcj;
        CrsTransform(crs::kGcj02, crs::kGaussKruger108).forward(grid);
        const QRectF projected = extentOf(grid);
        // Precise: the boundary through an independent GCJ-02 inverse (Python) and cs2cs 9.1.1 4490->4545.
        QVERIFY2(std::abs(projected.left() - 349434.6992) < 0.01,
                 qPrintable(QString::number(projected.left(), 'f', 4)));
        QVERIFY2(std::abs(projected.right() - 392533.2208) < 0.01,
                 qPrintable(QString::number(projected.right(), 'f', 4)));
        QVERIFY2(std::abs(projected.top() - 3271708.9123) < 0.01,
                 qPrintable(QString::number(projected.top(), 'f', 4)));
        QVERIFY2(std::abs(projected.bottom() - 3285437.3510) < 0.01,
                 qPrintable(QString::number(projected.bottom(), 'f', 4)));
        // The domain's rounded figures: "about", within 150 m.
        QVERIFY(std::abs(projected.left() - 349400) < 150);
        QVERIFY(std::abs(projected.right() - 392600) < 150);
        QVERIFY(std::abs(projected.top() - 3271800) < 150);
        QVERIFY(std::abs(projected.bottom() - 3285300) < 150);
    }
};

QTEST_GUILESS_MAIN(TstCrsTransform)
#include "tst_crs_transform.moc"
