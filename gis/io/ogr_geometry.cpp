#include "gis/io/ogr_geometry.h"

#include "gis/io/gdal_handles.h"

#include <QByteArray>

namespace uo {

namespace {

// The first ring of `g` (a polygon's or any part's) whose ends differ, described; empty when all close.
QString openRing(OGRGeometryH g)
{
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbPolygon) {
        for (int r = 0; r < OGR_G_GetGeometryCount(g); ++r) {
            OGRGeometryH ring = OGR_G_GetGeometryRef(g, r);
            const int n = OGR_G_GetPointCount(ring);
            if (n == 0)
                continue;
            const double x0 = OGR_G_GetX(ring, 0), y0 = OGR_G_GetY(ring, 0);
            const double x1 = OGR_G_GetX(ring, n - 1), y1 = OGR_G_GetY(ring, n - 1);
            if (x0 != x1 || y0 != y1)
                return OgrGeometry::tr(
                           "a ring of the polygon is not closed: it starts at %1, %2 and ends at %3, %4")
                    .arg(x0, 0, 'f', 3)
                    .arg(y0, 0, 'f', 3)
                    .arg(x1, 0, 'f', 3)
                    .arg(y1, 0, 'f', 3);
        }
        return QString();
    }
    if (type == wkbMultiPolygon || type == wkbGeometryCollection)
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            if (QString why = openRing(OGR_G_GetGeometryRef(g, i)); !why.isEmpty())
                return why;
    return QString();
}

} // namespace

Geos::Ptr OgrGeometry::toGeos(const Geos &geos, OGRGeometryH geometry, QString *error)
{
    if (QString why = openRing(geometry); !why.isEmpty()) {
        *error = why;
        return geos.own(nullptr);
    }
    const gdal::GeometryPtr flat(OGR_G_Clone(geometry));
    OGR_G_FlattenTo2D(flat.get());
    const int size = OGR_G_WkbSize(flat.get());
    QByteArray wkb(size, Qt::Uninitialized);
    OGR_G_ExportToWkb(flat.get(), wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
    GEOSWKBReader *reader = GEOSWKBReader_create_r(geos.handle());
    Geos::Ptr shape = geos.own(GEOSWKBReader_read_r(
        geos.handle(), reader, reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(size)));
    GEOSWKBReader_destroy_r(geos.handle(), reader);
    if (!shape) {
        // Too few points for a line or ring is what is left once every ring closes.
        *error = tr("the geometry cannot be built (%1 with too few points?)")
                     .arg(QString::fromUtf8(OGRGeometryTypeToName(OGR_G_GetGeometryType(geometry))));
    }
    return shape;
}

} // namespace uo
