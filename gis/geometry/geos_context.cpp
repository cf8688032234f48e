#include "gis/geometry/geos_context.h"

#include <QByteArray>
#include <cstdarg>
#include <cstdio>

namespace uo {

namespace {
void ignoreMessage(const char *, void *)
{
    // GEOS reports problems through return values too; errors surface where they are checked.
}

GEOSCoordSequence *sequence(GEOSContextHandle_t ctx, const QList<QPointF> &points)
{
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, unsigned(points.size()), 2);
    for (qsizetype i = 0; i < points.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i), points[i].x(), points[i].y());
    return seq;
}

QList<QPointF> pointsOf(GEOSContextHandle_t ctx, const GEOSGeometry *g)
{
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, g);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &n);
    QList<QPointF> points(n);
    for (unsigned i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
        points[i] = QPointF(x, y);
    }
    return points;
}

Geometry::Part partOf(GEOSContextHandle_t ctx, const GEOSGeometry *g)
{
    switch (GEOSGeomTypeId_r(ctx, g)) {
    case GEOS_POINT:
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
        return {pointsOf(ctx, g)};
    case GEOS_POLYGON: {
        Geometry::Part rings{pointsOf(ctx, GEOSGetExteriorRing_r(ctx, g))};
        const int holes = GEOSGetNumInteriorRings_r(ctx, g);
        for (int i = 0; i < holes; ++i)
            rings.append(pointsOf(ctx, GEOSGetInteriorRingN_r(ctx, g, i)));
        return rings;
    }
    default:
        return {};
    }
}
} // namespace

Geos::Geos() : m_ctx(GEOS_init_r())
{
    GEOSContext_setNoticeMessageHandler_r(m_ctx, ignoreMessage, nullptr);
    GEOSContext_setErrorMessageHandler_r(m_ctx, ignoreMessage, nullptr);
}

Geos::~Geos()
{
    GEOS_finish_r(m_ctx);
}

Geos::Ptr Geos::point(QPointF p) const
{
    return own(GEOSGeom_createPointFromXY_r(m_ctx, p.x(), p.y()));
}

Geos::Ptr Geos::lineString(const QList<QPointF> &points) const
{
    return own(GEOSGeom_createLineString_r(m_ctx, sequence(m_ctx, points)));
}

Geos::Ptr Geos::polygon(const QList<QList<QPointF>> &rings) const
{
    if (rings.isEmpty())
        return own(GEOSGeom_createEmptyPolygon_r(m_ctx));
    auto closed = [](QList<QPointF> ring) {
        if (!ring.isEmpty() && ring.first() != ring.last())
            ring.append(ring.first());
        return ring;
    };
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(m_ctx, sequence(m_ctx, closed(rings.first())));
    std::vector<GEOSGeometry *> holes;
    for (qsizetype i = 1; i < rings.size(); ++i)
        holes.push_back(GEOSGeom_createLinearRing_r(m_ctx, sequence(m_ctx, closed(rings[i]))));
    return own(GEOSGeom_createPolygon_r(m_ctx, shell, holes.data(), unsigned(holes.size())));
}

Geos::Ptr Geos::make(const Geometry &geometry) const
{
    auto member = [this, &geometry](const Geometry::Part &part) -> GEOSGeometry * {
        switch (geometry.type) {
        case Geometry::Point:
        case Geometry::MultiPoint:
            return point(part.value(0).value(0)).release();
        case Geometry::LineString:
        case Geometry::MultiLineString:
            return lineString(part.value(0)).release();
        default:
            return polygon(part).release();
        }
    };
    switch (geometry.type) {
    case Geometry::Point:
    case Geometry::LineString:
    case Geometry::Polygon:
        return own(member(geometry.parts.value(0)));
    case Geometry::MultiPoint:
    case Geometry::MultiLineString:
    case Geometry::MultiPolygon: {
        std::vector<GEOSGeometry *> members;
        for (const auto &part : geometry.parts)
            members.push_back(member(part));
        const int type = geometry.type == Geometry::MultiPoint        ? GEOS_MULTIPOINT
                         : geometry.type == Geometry::MultiLineString ? GEOS_MULTILINESTRING
                                                                      : GEOS_MULTIPOLYGON;
        return own(GEOSGeom_createCollection_r(m_ctx, type, members.data(), unsigned(members.size())));
    }
    default:
        return own(GEOSGeom_createEmptyCollection_r(m_ctx, GEOS_GEOMETRYCOLLECTION));
    }
}

Geometry Geos::toGeometry(const GEOSGeometry *g, int srid) const
{
    Geometry out;
    out.srid = srid;
    if (!g || GEOSisEmpty_r(m_ctx, g))
        return out;
    const int type = GEOSGeomTypeId_r(m_ctx, g);
    switch (type) {
    case GEOS_POINT:
        out.type = Geometry::Point;
        break;
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
        out.type = Geometry::LineString;
        break;
    case GEOS_POLYGON:
        out.type = Geometry::Polygon;
        break;
    case GEOS_MULTIPOINT:
        out.type = Geometry::MultiPoint;
        break;
    case GEOS_MULTILINESTRING:
        out.type = Geometry::MultiLineString;
        break;
    default:
        out.type = Geometry::MultiPolygon;
        break; // collections keep their polygons
    }
    if (type == GEOS_POINT || type == GEOS_LINESTRING || type == GEOS_LINEARRING || type == GEOS_POLYGON) {
        out.parts.append(partOf(m_ctx, g));
        return out;
    }
    const int n = GEOSGetNumGeometries_r(m_ctx, g);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry *member = GEOSGetGeometryN_r(m_ctx, g, i);
        const int memberType = GEOSGeomTypeId_r(m_ctx, member);
        if (out.type == Geometry::MultiPolygon && memberType != GEOS_POLYGON) {
            if (memberType == GEOS_MULTIPOLYGON || memberType == GEOS_GEOMETRYCOLLECTION)
                out.parts.append(toGeometry(member, srid).parts);
            continue;
        }
        out.parts.append(partOf(m_ctx, member));
    }
    return out;
}

Geos::Ptr Geos::fromWkt(const QString &wkt) const
{
    GEOSWKTReader *reader = GEOSWKTReader_create_r(m_ctx);
    GEOSGeometry *g = GEOSWKTReader_read_r(m_ctx, reader, wkt.toUtf8().constData());
    GEOSWKTReader_destroy_r(m_ctx, reader);
    return own(g);
}

QString Geos::toWkt(const GEOSGeometry *g, int decimals) const
{
    GEOSWKTWriter *writer = GEOSWKTWriter_create_r(m_ctx);
    GEOSWKTWriter_setRoundingPrecision_r(m_ctx, writer, decimals);
    GEOSWKTWriter_setTrim_r(m_ctx, writer, 1);
    char *text = GEOSWKTWriter_write_r(m_ctx, writer, g);
    const QString out = QString::fromUtf8(text);
    GEOSFree_r(m_ctx, text);
    GEOSWKTWriter_destroy_r(m_ctx, writer);
    return out;
}

double Geos::area(const GEOSGeometry *g) const
{
    double a = 0;
    GEOSArea_r(m_ctx, g, &a);
    return a;
}

double Geos::length(const GEOSGeometry *g) const
{
    double l = 0;
    GEOSLength_r(m_ctx, g, &l);
    return l;
}

bool Geos::isValid(const GEOSGeometry *g, QString *reason) const
{
    const bool valid = GEOSisValid_r(m_ctx, g) == 1;
    if (!valid && reason) {
        char *text = GEOSisValidReason_r(m_ctx, g);
        *reason = QString::fromUtf8(text);
        GEOSFree_r(m_ctx, text);
    }
    return valid;
}

bool Geos::intersects(const GEOSGeometry *a, const GEOSGeometry *b) const
{
    return GEOSIntersects_r(m_ctx, a, b) == 1;
}

bool Geos::contains(const GEOSGeometry *a, const GEOSGeometry *b) const
{
    return GEOSContains_r(m_ctx, a, b) == 1;
}

Geos::Ptr Geos::intersection(const GEOSGeometry *a, const GEOSGeometry *b) const
{
    return own(GEOSIntersection_r(m_ctx, a, b));
}

Geos::Ptr Geos::difference(const GEOSGeometry *a, const GEOSGeometry *b) const
{
    return own(GEOSDifference_r(m_ctx, a, b));
}

Geos::Ptr Geos::unaryUnion(const GEOSGeometry *g) const
{
    return own(GEOSUnaryUnion_r(m_ctx, g));
}

Geos::Ptr Geos::buffer(const GEOSGeometry *g, double distance, int quadrantSegments) const
{
    return own(GEOSBuffer_r(m_ctx, g, distance, quadrantSegments));
}

Geos::Ptr Geos::makeValid(const GEOSGeometry *g) const
{
    return own(GEOSMakeValid_r(m_ctx, g));
}

Geos::Ptr Geos::voronoi(const GEOSGeometry *sites, const GEOSGeometry *clip) const
{
    Ptr cells = own(GEOSVoronoiDiagram_r(m_ctx, sites, clip, 0.0, 0));
    // Cell by cell: intersecting the whole collection at once dissolves the cells into one polygon.
    std::vector<Ptr> clipped;
    const int n = GEOSGetNumGeometries_r(m_ctx, cells.get());
    for (int i = 0; i < n; ++i) {
        Ptr cell = intersection(GEOSGetGeometryN_r(m_ctx, cells.get(), i), clip);
        if (cell && !GEOSisEmpty_r(m_ctx, cell.get()))
            clipped.push_back(std::move(cell));
    }
    return collect(std::move(clipped), GEOS_GEOMETRYCOLLECTION);
}

Geos::Ptr Geos::collect(std::vector<Ptr> geometries, int type) const
{
    std::vector<GEOSGeometry *> raw;
    for (Ptr &g : geometries)
        raw.push_back(g.release());
    return own(GEOSGeom_createCollection_r(m_ctx, type, raw.data(), unsigned(raw.size())));
}

PreparedArea::PreparedArea(const Geos &geos, const GEOSGeometry *area)
    : m_geos(geos), m_prepared(GEOSPrepare_r(geos.handle(), area))
{
}

PreparedArea::~PreparedArea()
{
    GEOSPreparedGeom_destroy_r(m_geos.handle(), m_prepared);
}

bool PreparedArea::contains(QPointF p) const
{
    Geos::Ptr point = m_geos.point(p);
    return GEOSPreparedContains_r(m_geos.handle(), m_prepared, point.get()) == 1;
}

bool PreparedArea::contains(const GEOSGeometry *g) const
{
    return GEOSPreparedContains_r(m_geos.handle(), m_prepared, g) == 1;
}

} // namespace uo
