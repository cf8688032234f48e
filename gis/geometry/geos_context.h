#pragma once

#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include "core/store/geometry_blob.h"

#include <QString>
#include <memory>

namespace uo {

// GEOS through its reentrant C API. One context per thread; every geometry it makes is owned by a
// Geos::Ptr that frees it with the same context, so nothing leaks on an early return or exception.
class Geos
{
public:
    struct Deleter
    {
        GEOSContextHandle_t ctx;
        void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(ctx, g); }
    };
    using Ptr = std::unique_ptr<GEOSGeometry, Deleter>;

    Geos();
    ~Geos();
    Geos(const Geos &) = delete;
    Geos &operator=(const Geos &) = delete;

    GEOSContextHandle_t handle() const { return m_ctx; }
    Ptr own(GEOSGeometry *g) const { return Ptr(g, Deleter{m_ctx}); }

    Ptr make(const Geometry &geometry) const;
    Ptr point(QPointF p) const;
    Ptr lineString(const QList<QPointF> &points) const;
    Ptr polygon(const QList<QList<QPointF>> &rings) const;
    Geometry toGeometry(const GEOSGeometry *g, int srid) const;
    Ptr fromWkt(const QString &wkt) const;
    QString toWkt(const GEOSGeometry *g, int decimals = 3) const;

    double area(const GEOSGeometry *g) const;
    double length(const GEOSGeometry *g) const;
    bool isValid(const GEOSGeometry *g, QString *reason = nullptr) const;
    bool intersects(const GEOSGeometry *a, const GEOSGeometry *b) const;
    bool contains(const GEOSGeometry *a, const GEOSGeometry *b) const;
    Ptr intersection(const GEOSGeometry *a, const GEOSGeometry *b) const;
    Ptr difference(const GEOSGeometry *a, const GEOSGeometry *b) const;
    Ptr unaryUnion(const GEOSGeometry *g) const;
    Ptr buffer(const GEOSGeometry *g, double distance, int quadrantSegments = 8) const;
    Ptr makeValid(const GEOSGeometry *g) const;
    // Voronoi cells of the points of `sites`, clipped to `clip`: a GeometryCollection with one member per
    // cell that reaches into `clip` (a MultiPolygon where a concave clip cuts a cell in two).
    Ptr voronoi(const GEOSGeometry *sites, const GEOSGeometry *clip) const;
    Ptr collect(std::vector<Ptr> geometries, int type = GEOS_MULTIPOLYGON) const;

private:
    GEOSContextHandle_t m_ctx;
};

// A polygon prepared for many point-in-polygon tests.
class PreparedArea
{
public:
    PreparedArea(const Geos &geos, const GEOSGeometry *area);
    ~PreparedArea();
    PreparedArea(const PreparedArea &) = delete;
    PreparedArea &operator=(const PreparedArea &) = delete;
    bool contains(QPointF p) const;
    bool contains(const GEOSGeometry *g) const;

private:
    const Geos &m_geos;
    const GEOSPreparedGeometry *m_prepared;
};

} // namespace uo
