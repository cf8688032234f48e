#include "gis/io/import_geometry.h"

#include "core/store/district_store.h"
#include "core/store/feature_geometries.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/ogr_geometry.h"

#include <cmath>
#include <ogr_api.h>

namespace uo {

namespace {
// Lines and areas may reach this far past the district boundary (roads end at a bridge or a border).
constexpr double kBoundaryMarginMetres = 100.0;

QString typeName(Geometry::Type type)
{
    switch (type) {
    case Geometry::Point:
        return ImportGeometry::tr("point");
    case Geometry::LineString:
        return ImportGeometry::tr("line");
    case Geometry::Polygon:
        return ImportGeometry::tr("polygon");
    case Geometry::MultiPoint:
        return ImportGeometry::tr("multi-point");
    case Geometry::MultiLineString:
        return ImportGeometry::tr("multi-line");
    case Geometry::MultiPolygon:
        return ImportGeometry::tr("multi-polygon");
    case Geometry::None:
        break;
    }
    return ImportGeometry::tr("geometry collection");
}
} // namespace

ImportGeometry::ImportGeometry(DistrictStore &store, const char *layerType, int sourceCrs, bool swapAxes)
    : m_srid(store.srid()), m_sourceCrs(sourceCrs), m_swapAxes(swapAxes)
{
    const QByteArray type(layerType);
    m_type = type == "POINT"        ? Geometry::Point
             : type == "LINESTRING" ? Geometry::LineString
             : type == "POLYGON"    ? Geometry::Polygon
                                    : Geometry::MultiPolygon;
    if (sourceCrs != m_srid)
        m_transform = std::make_unique<CrsTransform>(sourceCrs, m_srid);
    if (const auto area = feature_geometries::districtArea(store)) {
        m_district = m_geos.make(*area);
        m_near = m_geos.buffer(m_district.get(), kBoundaryMarginMetres, 2);
        m_inside = std::make_unique<PreparedArea>(m_geos, m_district.get());
        m_nearInside = std::make_unique<PreparedArea>(m_geos, m_near.get());
    }
}

ImportGeometry::~ImportGeometry() = default;

bool ImportGeometry::move(Geometry &g, QStringList *problems) const
{
    if (!m_transform)
        return true;
    for (Geometry::Part &part : g.parts)
        for (Geometry::Ring &ring : part) {
            m_transform->forward(ring);
            for (const QPointF &p : std::as_const(ring))
                if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
                    problems->append(tr("the coordinates cannot be taken from %1 (wrong coordinate system?)")
                                         .arg(crs::name(m_sourceCrs)));
                    return false;
                }
        }
    g.srid = m_srid;
    return true;
}

std::optional<QByteArray> ImportGeometry::convertPoint(double x, double y, QStringList *problems)
{
    Geometry g = Geometry::point(m_srid, m_swapAxes ? QPointF(y, x) : QPointF(x, y));
    if (!move(g, problems))
        return std::nullopt;
    const QPointF p = g.parts.first().first().first();
    if (m_inside && !m_inside->contains(p)) {
        problems->append(tr("the point %1, %2 is outside the district (wrong coordinate system?)")
                             .arg(p.x(), 0, 'f', 1)
                             .arg(p.y(), 0, 'f', 1));
        return std::nullopt;
    }
    m_lastPoint = p;
    return geometry_blob::encode(g);
}

std::optional<QByteArray> ImportGeometry::convert(void *ogrGeometry, QStringList *problems, double lineWidth)
{
    m_lastArea = 0;
    m_lastPoint.reset();
    auto in = static_cast<OGRGeometryH>(ogrGeometry);
    if (!in || OGR_G_IsEmpty(in)) {
        problems->append(tr("no geometry"));
        return std::nullopt;
    }
    // Points, the million-row case, go without GEOS.
    if (m_type == Geometry::Point && wkbFlatten(OGR_G_GetGeometryType(in)) == wkbPoint)
        return convertPoint(OGR_G_GetX(in, 0), OGR_G_GetY(in, 0), problems);

    QString why;
    const Geos::Ptr shape = OgrGeometry::toGeos(m_geos, in, &why);
    if (!shape) {
        problems->append(why);
        return std::nullopt;
    }
    Geometry g = m_geos.toGeometry(shape.get(), m_srid);
    // A one-part multi geometry is what many tools write for a simple one.
    if (g.parts.size() == 1 && ((g.type == Geometry::MultiPolygon && m_type == Geometry::Polygon) ||
                                (g.type == Geometry::MultiLineString && m_type == Geometry::LineString)))
        g.type = m_type;
    if (g.type == Geometry::MultiLineString && g.parts.size() == 1)
        g.type = Geometry::LineString;
    if (g.type == Geometry::Polygon && m_type == Geometry::MultiPolygon)
        g.type = Geometry::MultiPolygon;
    const bool widened = g.type == Geometry::LineString && m_type == Geometry::Polygon && lineWidth > 0;
    if (g.type != m_type && !widened) {
        problems->append(
            g.parts.size() > 1 && g.type == Geometry::MultiLineString
                ? tr("a line in %1 parts; split it into one feature per part").arg(g.parts.size())
            : g.type == Geometry::LineString && m_type == Geometry::Polygon
                ? tr("a line where the layer takes a polygon (a trench drawn as a line needs its width in a "
                     "width_m field)")
                : tr("a %1 where the layer takes a %2").arg(typeName(g.type), typeName(m_type)));
        return std::nullopt;
    }
    if (m_swapAxes)
        for (Geometry::Part &part : g.parts)
            for (Geometry::Ring &ring : part)
                for (QPointF &p : ring)
                    p = QPointF(p.y(), p.x());
    if (!move(g, problems))
        return std::nullopt;
    Geos::Ptr moved = m_geos.make(g);
    if (widened) {
        moved = m_geos.buffer(moved.get(), lineWidth / 2, 2);
        g = m_geos.toGeometry(moved.get(), m_srid);
    }
    QString reason;
    if (!moved || !m_geos.isValid(moved.get(), &reason)) {
        problems->append(tr("invalid geometry: %1").arg(reason));
        return std::nullopt;
    }
    if (m_nearInside && !m_nearInside->contains(moved.get())) {
        const QPointF c = g.bounds().center();
        problems->append(tr("the %1 near %2, %3 is not inside the district (wrong coordinate system?)")
                             .arg(typeName(g.type))
                             .arg(c.x(), 0, 'f', 1)
                             .arg(c.y(), 0, 'f', 1));
        return std::nullopt;
    }
    if (m_type == Geometry::Polygon || m_type == Geometry::MultiPolygon)
        m_lastArea = m_geos.area(moved.get());
    return geometry_blob::encode(g);
}

} // namespace uo
