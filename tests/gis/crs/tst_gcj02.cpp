// GCJ-02 against published and independently computed pairs, its inverse, and the size and direction of
// the offset over Jiangbei.

#include "gis/crs/crs_transform.h"
#include "gis/crs/gcj02.h"
#include "tests/gis/crs/jiangbei_boundary.h"

#include <QTest>
#include <cmath>
#include <numbers>

namespace gcj02 = uo::gcj02;

namespace {

// Metres per degree at a latitude on the CGCS2000 ellipsoid (a = 6378137, f = 1/298.257222101):
// east along the parallel, north along the meridian. Enough for offsets of a few hundred metres.
QPointF metresPerDegree(double latDegrees)
{
    constexpr double a = 6378137.0, f = 1 / 298.257222101, e2 = f * (2 - f);
    constexpr double radian = std::numbers::pi / 180;
    const double phi = latDegrees * radian, s = std::sin(phi), w = std::sqrt(1 - e2 * s * s);
    const double east = a / w * std::cos(phi) * radian;
    const double north = a * (1 - e2) / (w * w * w) * radian;
    return QPointF(east, north);
}

} // namespace

class TstGcj02 : public QObject
{
    Q_OBJECT

private slots:
    void knownPairs_data()
    {
        QTest::addColumn<QPointF>("wgs84");
        QTest::addColumn<QPointF>("gcj02");
        // Published: the example in wandergis/coordtransform's test/app.js,
        // wgs84togcj02(116.404, 39.915) -> [116.41024449916938, 39.91640428150164].
        QTest::newRow("coordtransform example")
            << QPointF(116.404, 39.915) << QPointF(116.41024449916938, 39.91640428150164);
        // The rest from an independent Python transcription of the public formula (math module, doubles):
        //   a, ee = 6378245.0, 0.00669342162296594323
        //   def t_lat(x, y):
        //       r = -100 + 2*x + 3*y + 0.2*y*y + 0.1*x*y + 0.2*sqrt(abs(x))
        //       r += (20*sin(6*x*pi) + 20*sin(2*x*pi)) * 2/3 + (20*sin(y*pi) + 40*sin(y/3*pi)) * 2/3
        //       return r + (160*sin(y/12*pi) + 320*sin(y*pi/30)) * 2/3
        //   def t_lon(x, y):
        //       r = 300 + x + 2*y + 0.1*x*x + 0.1*x*y + 0.1*sqrt(abs(x))
        //       r += (20*sin(6*x*pi) + 20*sin(2*x*pi)) * 2/3 + (20*sin(x*pi) + 40*sin(x/3*pi)) * 2/3
        //       return r + (150*sin(x/12*pi) + 300*sin(x/30*pi)) * 2/3
        //   def wgs_to_gcj(lon, lat):
        //       d_lat, d_lon = t_lat(lon - 105, lat - 35), t_lon(lon - 105, lat - 35)
        //       m = 1 - ee * sin(radians(lat))**2
        //       d_lat = d_lat * 180 / (a * (1 - ee) / (m * sqrt(m)) * pi)
        //       d_lon = d_lon * 180 / (a / sqrt(m) * cos(radians(lat)) * pi)
        //       return lon + d_lon, lat + d_lat
        QTest::newRow("Tiananmen") << QPointF(116.397, 39.909)
                                   << QPointF(116.40324350604497, 39.91040339728811);
        QTest::newRow("Jiangbei 106.5E 29.6N")
            << QPointF(106.5, 29.6) << QPointF(106.50385172296197, 29.59730042902257);
        QTest::newRow("Jiangbei 106.85E 29.65N")
            << QPointF(106.85, 29.65) << QPointF(106.85392089588365, 29.64718463165173);
        QTest::newRow("Jiangbei 106.574E 29.575N")
            << QPointF(106.574, 29.575) << QPointF(106.57769071504299, 29.57212106555790);
    }
    void knownPairs()
    {
        QFETCH(QPointF, wgs84);
        QFETCH(QPointF, gcj02);
        const QPointF out = gcj02::fromWgs84(wgs84);
        QVERIFY2(std::abs(out.x() - gcj02.x()) < 1e-11 && std::abs(out.y() - gcj02.y()) < 1e-11,
                 qPrintable(QStringLiteral("%1, %2").arg(out.x(), 0, 'f', 14).arg(out.y(), 0, 'f', 14)));
        const QPointF back = gcj02::toWgs84(gcj02);
        QVERIFY(std::abs(back.x() - wgs84.x()) < 1e-7 && std::abs(back.y() - wgs84.y()) < 1e-7);

        // The same through CrsTransform, where GCJ-02 is a code of its own.
        const uo::CrsTransform transform(uo::crs::kWgs84, uo::crs::kGcj02);
        const QPointF chained = transform.forward(wgs84);
        QVERIFY(std::abs(chained.x() - gcj02.x()) < 1e-9 && std::abs(chained.y() - gcj02.y()) < 1e-9);
        const QPointF chainedBack = transform.inverse(gcj02);
        QVERIFY(std::abs(chainedBack.x() - wgs84.x()) < 1e-7 && std::abs(chainedBack.y() - wgs84.y()) < 1e-7);
    }

    void inverseRoundTrips_data()
    {
        QTest::addColumn<QPointF>("south_west");
        QTest::addColumn<QPointF>("north_east");
        QTest::newRow("Jiangbei") << QPointF(106.40, 29.50) << QPointF(106.95, 29.75);
        QTest::newRow("Beijing") << QPointF(116.0, 39.6) << QPointF(116.8, 40.2);
        QTest::newRow("Shenzhen") << QPointF(113.7, 22.4) << QPointF(114.6, 22.9);
        QTest::newRow("Urumqi") << QPointF(87.3, 43.6) << QPointF(87.9, 44.0);
    }
    void inverseRoundTrips()
    {
        QFETCH(QPointF, south_west);
        QFETCH(QPointF, north_east);
        constexpr int steps = 8;
        for (int i = 0; i <= steps; ++i) {
            for (int j = 0; j <= steps; ++j) {
                const QPointF p(south_west.x() + (north_east.x() - south_west.x()) * i / steps,
                                south_west.y() + (north_east.y() - south_west.y()) * j / steps);
                const QPointF wgs = gcj02::toWgs84(gcj02::fromWgs84(p));
                QVERIFY(std::abs(wgs.x() - p.x()) < 1e-7 && std::abs(wgs.y() - p.y()) < 1e-7);
                const QPointF gcj = gcj02::fromWgs84(gcj02::toWgs84(p));
                QVERIFY(std::abs(gcj.x() - p.x()) < 1e-7 && std::abs(gcj.y() - p.y()) < 1e-7);
            }
        }
    }

    // Over Jiangbei, GCJ-02 lies east and south of CGCS2000/WGS84 (computed independently first: 357-388 m
    // east and 284-320 m south along the district boundary). The domain reference's "about 360-390 m east
    // and 290-320 m south" is right in direction; its bounds are a few metres too tight at the edges.
    void offsetOverJiangbei()
    {
        const QList<QPointF> boundary = boundaryGcj02();
        QVERIFY(boundary.size() > 1000);
        double minEast = 1e9, maxEast = -1e9, minSouth = 1e9, maxSouth = -1e9;
        for (const QPointF &gcj : boundary) {
            const QPointF wgs = gcj02::toWgs84(gcj);
            const QPointF scale = metresPerDegree(wgs.y());
            const double east = (gcj.x() - wgs.x()) * scale.x();
            const double south = (wgs.y() - gcj.y()) * scale.y();
            minEast = std::min(minEast, east);
            maxEast = std::max(maxEast, east);
            minSouth = std::min(minSouth, south);
            maxSouth = std::max(maxSouth, south);
        }
        const QString range = QStringLiteral("east %1-%2 m, south %3-%4 m")
                                  .arg(minEast, 0, 'f', 1)
                                  .arg(maxEast, 0, 'f', 1)
                                  .arg(minSouth, 0, 'f', 1)
                                  .arg(maxSouth, 0, 'f', 1);
        QVERIFY2(minEast > 355 && maxEast < 390, qPrintable(range));
        QVERIFY2(minSouth > 280 && maxSouth < 322, qPrintable(range));
    }
};

QTEST_GUILESS_MAIN(TstGcj02)
#include "tst_gcj02.moc"
