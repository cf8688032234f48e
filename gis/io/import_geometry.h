#pragma once

#include "gis/geometry/geos_context.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

namespace uo {

class CrsTransform;
class DistrictStore;

// Turns the geometry of an imported feature into a store blob: x and y swapped if asked, reprojected
// from the source CRS, of the layer's kind (a one-part multi geometry counts as its part; a line
// given a width becomes the area it covers), valid by GEOS, and inside the district (points
// strictly, lines and areas within a margin of its boundary). Anything else is a problem in words
// naming what was found.
class ImportGeometry
{
    Q_DECLARE_TR_FUNCTIONS(uo::ImportGeometry)

public:
    // `layerType` as SpatiaLite names it (POINT, LINESTRING, POLYGON); `sourceCrs` an EPSG code or
    // crs::kGcj02.
    ImportGeometry(DistrictStore &store, const char *layerType, int sourceCrs, bool swapAxes = false);
    ~ImportGeometry();

    // `ogrGeometry` is an OGRGeometryH (may be null). Appends to *problems and returns nothing when the
    // geometry cannot be imported. `lineWidth` (metres) makes a line the area it covers, for a layer
    // of areas (a trench drawn as its centreline).
    std::optional<QByteArray> convert(void *ogrGeometry, QStringList *problems, double lineWidth = 0);
    // The area of the last geometry converted (m²; 0 for points and lines).
    double lastArea() const { return m_lastArea; }
    // The last point converted, in the store CRS (nothing for lines and areas).
    std::optional<QPointF> lastPoint() const { return m_lastPoint; }

private:
    bool move(Geometry &g, QStringList *problems) const;
    std::optional<QByteArray> convertPoint(double x, double y, QStringList *problems);

    Geos m_geos;
    int m_srid;
    int m_sourceCrs;
    Geometry::Type m_type;
    std::unique_ptr<CrsTransform> m_transform;
    Geos::Ptr m_district, m_near;
    std::unique_ptr<PreparedArea> m_inside, m_nearInside;
    bool m_swapAxes;
    double m_lastArea = 0;
    std::optional<QPointF> m_lastPoint;
};

} // namespace uo
