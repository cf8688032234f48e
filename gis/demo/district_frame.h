#pragma once

#include "core/store/geometry_blob.h"
#include "gis/demo/demo_random.h"
#include "gis/geometry/geos_context.h"

#include <QHash>
#include <QList>
#include <QString>

namespace uo::demo {

struct StreetArea
{
    QString code; // 9 digits: county + street
    QString name;
    QString kind; // street | town
    QPointF centroid;
    Geometry area; // the street's share of the district (MultiPolygon)
};

struct Community
{
    QString code; // 12 digits
    QString streetCode;
    QString name;
    QPointF seed; // its centroid where the source has one inside its street, else a built-up cell
};

// A unit grid cell (万米单元网格) of 100 m × 100 m with its 15-digit code:
// county (6) + street (3) + community (3) + cell (3).
struct GridCell
{
    QString code;
    QString streetCode;
    QString communityCode;
    QRectF square;
};

// The real district as the demo uses it: its boundary converted from GCJ-02 into the store CRS, the
// streets and communities with their real codes, a built-up area of the reported size, and the grid.
class DistrictFrame
{
public:
    static constexpr double kCellSize = 100.0;

    DistrictFrame(int srid, Random random, const Geos &geos);

    Geometry boundary; // Polygon in the store CRS
    double boundaryAreaM2 = 0;
    Geometry builtUp; // MultiPolygon
    double builtUpAreaM2 = 0;
    QList<StreetArea> streets;
    QList<Community> communities;
    QList<GridCell> cells;

    // The cell whose square holds p, or nullptr outside the grid.
    const GridCell *cellAt(QPointF p) const;
    // The street whose area holds p (nearest street centroid: the areas are its Voronoi cells).
    const StreetArea &streetAt(QPointF p) const;

private:
    void loadBoundary(int srid);
    void loadStreets(int srid);
    void growBuiltUp(Random &random);
    void divideStreets();
    void placeCommunities(Random &random);
    void makeGrid();
    static qint64 cellKey(int ix, int iy) { return (qint64(ix) << 32) ^ qint64(quint32(iy)); }

    const Geos &m_geos;
    int m_srid;
    QHash<qint64, int> m_cellIndex;
};

} // namespace uo::demo
