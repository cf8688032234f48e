#pragma once

// One geometry of every kind the store holds, for the geometry codec tests.

#include "core/store/geometry_blob.h"

#include <QTest>

namespace uo::test {

using uo::Geometry;

inline Geometry multi(Geometry::Type type, int srid, const QList<Geometry::Part> &parts)
{
    return Geometry{type, srid, parts};
}

// One geometry of every kind, with the WKT SpatiaLite prints for it (written out by hand).
inline void addGeometrySamples()
{
    QTest::addColumn<Geometry>("geometry");
    QTest::addColumn<QString>("wkt");
    QTest::addColumn<QString>("typeName");

    QTest::newRow("point") << Geometry::point(4545, {354685.1261, 3276713.4617})
                           << QStringLiteral("POINT(354685.1261 3276713.4617)") << QStringLiteral("POINT");
    QTest::newRow("linestring")
        << Geometry::lineString(4545, {{350000, 3272000}, {350120.5, 3272040.25}, {350300, 3272000}})
        << QStringLiteral("LINESTRING(350000 3272000, 350120.5 3272040.25, 350300 3272000)")
        << QStringLiteral("LINESTRING");
    QTest::newRow("polygon with hole")
        << Geometry::polygon(4544,
                             {{{660000, 3280000},
                               {660100, 3280000},
                               {660100, 3280100},
                               {660000, 3280100},
                               {660000, 3280000}},
                              {{660020, 3280020}, {660020, 3280040}, {660040, 3280040}, {660020, 3280020}}})
        << QStringLiteral(
               "POLYGON((660000 3280000, 660100 3280000, 660100 3280100, 660000 3280100, 660000 3280000), "
               "(660020 3280020, 660020 3280040, 660040 3280040, 660020 3280020))")
        << QStringLiteral("POLYGON");
    QTest::newRow("multipolygon")
        << Geometry::multiPolygon(
               4545, {{{{360000, 3280000}, {360400, 3280000}, {360400, 3280300}, {360000, 3280000}}},
                      {{{361000, 3281000},
                        {361200, 3281000},
                        {361200, 3281200},
                        {361000, 3281200},
                        {361000, 3281000}}}})
        << QStringLiteral(
               "MULTIPOLYGON(((360000 3280000, 360400 3280000, 360400 3280300, 360000 3280000)), "
               "((361000 3281000, 361200 3281000, 361200 3281200, 361000 3281200, 361000 3281000)))")
        << QStringLiteral("MULTIPOLYGON");
    QTest::newRow("multipoint") << multi(Geometry::MultiPoint, 4490, {{{{106.5, 29.6}}}, {{{106.85, 29.65}}}})
                                << QStringLiteral("MULTIPOINT(106.5 29.6, 106.85 29.65)")
                                << QStringLiteral("MULTIPOINT");
    QTest::newRow("multilinestring") << multi(Geometry::MultiLineString, 4545,
                                              {{{{1, 2}, {3, 4}}}, {{{5, 6}, {7, 8}, {9, 10}}}})
                                     << QStringLiteral("MULTILINESTRING((1 2, 3 4), (5 6, 7 8, 9 10))")
                                     << QStringLiteral("MULTILINESTRING");
}

} // namespace uo::test
