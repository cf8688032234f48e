// uo::Geos: our geometries in and out of GEOS unchanged, and the operations the district needs, checked
// against areas and lengths worked out by hand.

#include "gis/geometry/geos_context.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <numbers>

using uo::Geometry;
using uo::Geos;

namespace {

// Area of a regular n-gon inscribed in a circle of radius r: what GEOS buffers a point into, with
// n = 4 * quadrant segments.
double inscribedPolygonArea(int n, double r)
{
    return 0.5 * n * r * r * std::sin(2 * std::numbers::pi / n);
}

const Geometry::Ring kSquare{{0, 0}, {100, 0}, {100, 100}, {0, 100}, {0, 0}};
const Geometry::Ring kHole{{20, 20}, {20, 40}, {40, 40}, {40, 20}, {20, 20}};

} // namespace

class TstGeos : public QObject
{
    Q_OBJECT

private slots:
    void makeAndBack_data()
    {
        QTest::addColumn<Geometry>("geometry");
        QTest::addColumn<QString>("wkt");
        QTest::newRow("point") << Geometry::point(4545, {354685.126, 3276713.462})
                               << QStringLiteral("POINT (354685.126 3276713.462)");
        QTest::newRow("linestring") << Geometry::lineString(4545, {{0, 0}, {3, 4}, {3, 10}})
                                    << QStringLiteral("LINESTRING (0 0, 3 4, 3 10)");
        QTest::newRow("polygon with hole")
            << Geometry::polygon(4545, {kSquare, kHole})
            << QStringLiteral(
                   "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 20 40, 40 40, 40 20, 20 20))");
        QTest::newRow("multipolygon")
            << Geometry::multiPolygon(4544, {{kSquare}, {{{200, 0}, {300, 0}, {300, 50}, {200, 0}}}})
            << QStringLiteral(
                   "MULTIPOLYGON (((0 0, 100 0, 100 100, 0 100, 0 0)), ((200 0, 300 0, 300 50, 200 0)))");
        QTest::newRow("multilinestring")
            << Geometry{Geometry::MultiLineString, 4545, {{{{0, 0}, {1, 1}}}, {{{2, 2}, {3, 5}}}}}
            << QStringLiteral("MULTILINESTRING ((0 0, 1 1), (2 2, 3 5))");
    }
    void makeAndBack()
    {
        QFETCH(Geometry, geometry);
        QFETCH(QString, wkt);
        Geos geos;
        const Geos::Ptr g = geos.make(geometry);
        QVERIFY(g);
        QCOMPARE(geos.toWkt(g.get()), wkt);
        const Geometry back = geos.toGeometry(g.get(), geometry.srid);
        QCOMPARE(int(back.type), int(geometry.type));
        QCOMPARE(back.srid, geometry.srid);
        QCOMPARE(back.parts, geometry.parts);
        // And from WKT: the same shape.
        const Geos::Ptr parsed = geos.fromWkt(wkt);
        QVERIFY(parsed);
        QCOMPARE(geos.toGeometry(parsed.get(), geometry.srid).parts, geometry.parts);
    }

    void polygonClosesItsRings()
    {
        Geos geos;
        const Geos::Ptr g = geos.polygon({{{0, 0}, {10, 0}, {10, 10}}});
        QCOMPARE(geos.toWkt(g.get()), QStringLiteral("POLYGON ((0 0, 10 0, 10 10, 0 0))"));
        QVERIFY(geos.isValid(g.get()));
    }

    void areaAndLength_data()
    {
        QTest::addColumn<QString>("wkt");
        QTest::addColumn<double>("area");
        QTest::addColumn<double>("length");
        QTest::newRow("point") << QStringLiteral("POINT (1 2)") << 0.0 << 0.0;
        QTest::newRow("3-4-5 line") << QStringLiteral("LINESTRING (0 0, 3 4, 3 10)") << 0.0 << 11.0;
        QTest::newRow("square with hole")
            << QStringLiteral(
                   "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 20 40, 40 40, 40 20, 20 20))")
            << 10000.0 - 400.0 << 400.0 + 80.0;
        QTest::newRow("two parts")
            << QStringLiteral("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 26 0, 26 8, 20 0)))")
            << 100.0 + 24.0 << 40.0 + 6 + 8 + 10;
    }
    void areaAndLength()
    {
        QFETCH(QString, wkt);
        QFETCH(double, area);
        QFETCH(double, length);
        Geos geos;
        const Geos::Ptr g = geos.fromWkt(wkt);
        QVERIFY(g);
        QCOMPARE(geos.area(g.get()), area);
        QCOMPARE(geos.length(g.get()), length);
    }

    void buffer_data()
    {
        QTest::addColumn<QString>("wkt");
        QTest::addColumn<double>("distance");
        QTest::addColumn<int>("quadrantSegments");
        QTest::addColumn<double>("area");
        QTest::newRow("point, 8 segments")
            << QStringLiteral("POINT (5 5)") << 10.0 << 8 << inscribedPolygonArea(32, 10);
        QTest::newRow("point, 2 segments")
            << QStringLiteral("POINT (5 5)") << 10.0 << 2 << inscribedPolygonArea(8, 10);
        // A square grows by its perimeter times the distance plus a rounded corner's worth at each corner.
        QTest::newRow("square") << QStringLiteral("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))") << 1.0 << 8
                                << 100.0 + 40.0 + inscribedPolygonArea(32, 1);
        QTest::newRow("line, 5 m either side") << QStringLiteral("LINESTRING (0 0, 100 0)") << 5.0 << 8
                                               << 100.0 * 10 + inscribedPolygonArea(32, 5);
        QTest::newRow("square shrunk")
            << QStringLiteral("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))") << -2.0 << 8 << 36.0;
    }
    void buffer()
    {
        QFETCH(QString, wkt);
        QFETCH(double, distance);
        QFETCH(int, quadrantSegments);
        QFETCH(double, area);
        Geos geos;
        const Geos::Ptr g = geos.fromWkt(wkt);
        const Geos::Ptr buffered = geos.buffer(g.get(), distance, quadrantSegments);
        QVERIFY(buffered);
        QVERIFY(geos.isValid(buffered.get()));
        QVERIFY2(
            std::abs(geos.area(buffered.get()) - area) < 1e-9 * area,
            qPrintable(
                QStringLiteral("%1 vs %2").arg(geos.area(buffered.get()), 0, 'f', 9).arg(area, 0, 'f', 9)));
    }

    void intersectionAndDifference()
    {
        Geos geos;
        const Geos::Ptr a = geos.fromWkt(QStringLiteral("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));
        const Geos::Ptr b = geos.fromWkt(QStringLiteral("POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))"));
        const Geos::Ptr far = geos.fromWkt(QStringLiteral("POLYGON ((50 50, 60 50, 60 60, 50 50))"));
        QVERIFY(geos.intersects(a.get(), b.get()));
        QVERIFY(!geos.intersects(a.get(), far.get()));
        const Geos::Ptr both = geos.intersection(a.get(), b.get());
        QCOMPARE(geos.area(both.get()), 25.0);
        const Geometry shape = geos.toGeometry(both.get(), 4545);
        QCOMPARE(int(shape.type), int(Geometry::Polygon));
        QCOMPARE(shape.bounds(), QRectF(QPointF(5, 5), QPointF(10, 10)));
        QCOMPARE(geos.area(geos.difference(a.get(), b.get()).get()), 75.0);
        QVERIFY(geos.toGeometry(geos.intersection(a.get(), far.get()).get(), 4545).isEmpty());
        QVERIFY(geos.contains(a.get(), geos.point(QPointF(2, 2)).get()));
        QVERIFY(!geos.contains(a.get(), b.get()));
    }

    // The cells of sites inside a square, clipped to it: they tile the square and each holds its site.
    void voronoiClipped_data()
    {
        QTest::addColumn<QList<QPointF>>("sites");
        QTest::addColumn<QList<double>>("areas"); // per site, in the same order
        QTest::newRow("quadrant centres") << QList<QPointF>{{25, 25}, {75, 25}, {25, 75}, {75, 75}}
                                          << QList<double>{2500, 2500, 2500, 2500};
        QTest::newRow("two sites") << QList<QPointF>{{10, 50}, {90, 50}} << QList<double>{5000, 5000};
        // Bisector of (20,50) and (60,50) is x = 40.
        QTest::newRow("off centre") << QList<QPointF>{{20, 50}, {60, 50}} << QList<double>{4000, 6000};
    }
    void voronoiClipped()
    {
        QFETCH(QList<QPointF>, sites);
        QFETCH(QList<double>, areas);
        Geos geos;
        std::vector<Geos::Ptr> points;
        for (const QPointF &p : sites)
            points.push_back(geos.point(p));
        const Geos::Ptr multipoint = geos.collect(std::move(points), GEOS_MULTIPOINT);
        const Geos::Ptr clip = geos.make(Geometry::polygon(4545, {kSquare}));
        const Geos::Ptr cells = geos.voronoi(multipoint.get(), clip.get());
        QVERIFY(cells);
        const Geometry result = geos.toGeometry(cells.get(), 4545);
        QCOMPARE(result.parts.size(), sites.size());
        QVERIFY(std::abs(geos.area(cells.get()) - 10000) < 1e-6);
        for (qsizetype i = 0; i < sites.size(); ++i) {
            int holders = 0;
            for (const Geometry::Part &part : result.parts) {
                const Geos::Ptr cell = geos.polygon(part);
                if (!geos.contains(cell.get(), geos.point(sites[i]).get()))
                    continue;
                ++holders;
                QVERIFY2(std::abs(geos.area(cell.get()) - areas[i]) < 1e-6,
                         qPrintable(QString::number(geos.area(cell.get()))));
                QVERIFY(geos.contains(clip.get(), cell.get()) ||
                        std::abs(geos.area(geos.difference(cell.get(), clip.get()).get())) < 1e-9);
            }
            QCOMPARE(holders, 1);
        }
    }

    // A U-shaped clip cuts the upper cell in two: still one member, a MultiPolygon.
    void voronoiConcaveClip()
    {
        Geos geos;
        const Geos::Ptr clip = geos.fromWkt(
            QStringLiteral("POLYGON ((0 0, 30 0, 30 30, 20 30, 20 10, 10 10, 10 30, 0 30, 0 0))"));
        const Geos::Ptr sites = geos.fromWkt(QStringLiteral("MULTIPOINT ((15 5), (15 40))"));
        const Geos::Ptr cells = geos.voronoi(sites.get(), clip.get());
        QCOMPARE(GEOSGetNumGeometries_r(geos.handle(), cells.get()), 2);
        QList<double> areas;
        int multi = 0;
        for (int i = 0; i < 2; ++i) {
            const GEOSGeometry *cell = GEOSGetGeometryN_r(geos.handle(), cells.get(), i);
            areas.append(geos.area(cell));
            multi += GEOSGeomTypeId_r(geos.handle(), cell) == GEOS_MULTIPOLYGON ? 1 : 0;
        }
        std::sort(areas.begin(), areas.end());
        // The bisector is y = 22.5: two arms of 10 x 7.5 above it, the rest of the 700 m² below.
        QCOMPARE(areas, (QList<double>{150, 550}));
        QCOMPARE(multi, 1);
    }

    // Prepared point-in-polygon follows GEOS' "contains": the interior only, so a point on the boundary
    // is not contained (it would need "covers").
    void preparedContainsAtTheEdge_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<bool>("contained");
        QTest::newRow("centre") << QPointF(50, 50) << true;
        QTest::newRow("just inside the left edge") << QPointF(1e-9, 50) << true;
        QTest::newRow("on the left edge") << QPointF(0, 50) << false;
        QTest::newRow("just outside the left edge") << QPointF(-1e-9, 50) << false;
        QTest::newRow("on a corner") << QPointF(100, 100) << false;
        QTest::newRow("just inside the top edge") << QPointF(50, 100 - 1e-9) << true;
        QTest::newRow("in the hole") << QPointF(30, 30) << false;
        QTest::newRow("on the hole's edge") << QPointF(20, 30) << false;
        QTest::newRow("just outside the hole") << QPointF(20 - 1e-9, 30) << true;
        QTest::newRow("far away") << QPointF(1000, -1000) << false;
    }
    void preparedContainsAtTheEdge()
    {
        QFETCH(QPointF, point);
        QFETCH(bool, contained);
        Geos geos;
        const Geos::Ptr area = geos.make(Geometry::polygon(4545, {kSquare, kHole}));
        const uo::PreparedArea prepared(geos, area.get());
        QCOMPARE(prepared.contains(point), contained);
        // The prepared test agrees with the plain one.
        QCOMPARE(geos.contains(area.get(), geos.point(point).get()), contained);
    }

    void bowTieIsInvalidWithAReason()
    {
        Geos geos;
        const Geos::Ptr bowTie = geos.polygon({{{0, 0}, {10, 10}, {10, 0}, {0, 10}, {0, 0}}});
        QString reason;
        QVERIFY(!geos.isValid(bowTie.get(), &reason));
        QVERIFY2(reason.startsWith(QLatin1String("Self-intersection")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("5 5")), qPrintable(reason));

        const Geos::Ptr fixed = geos.makeValid(bowTie.get());
        QVERIFY(geos.isValid(fixed.get()));
        QCOMPARE(geos.area(fixed.get()), 50.0); // the two triangles of 25 m² each
        QCOMPARE(geos.toGeometry(fixed.get(), 4545).parts.size(), 2);

        QString untouched = QStringLiteral("unchanged");
        QVERIFY(geos.isValid(geos.polygon({kSquare}).get(), &untouched));
        QCOMPARE(untouched, QStringLiteral("unchanged"));
    }

    void collectionsKeepTheirPolygons()
    {
        Geos geos;
        const Geos::Ptr mixed = geos.fromWkt(QStringLiteral(
            "GEOMETRYCOLLECTION (POINT (1 1), POLYGON ((0 0, 4 0, 4 4, 0 0)), LINESTRING (0 0, 9 9),"
            " MULTIPOLYGON (((10 10, 12 10, 12 12, 10 10))))"));
        const Geometry kept = geos.toGeometry(mixed.get(), 4545);
        QCOMPARE(int(kept.type), int(Geometry::MultiPolygon));
        QCOMPARE(kept.parts.size(), 2);
        QCOMPARE(kept.parts[0], (Geometry::Part{{{0, 0}, {4, 0}, {4, 4}, {0, 0}}}));
        QCOMPARE(kept.parts[1], (Geometry::Part{{{10, 10}, {12, 10}, {12, 12}, {10, 10}}}));
    }
};

QTEST_GUILESS_MAIN(TstGeos)
#include "tst_geos.moc"
