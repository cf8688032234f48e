#pragma once

#include "gis/geometry/geos_context.h"

#include <QCoreApplication>
#include <QString>
#include <ogr_api.h>

namespace uo {

// The one way an OGR geometry (from a file GDAL read) becomes a GEOS geometry: flattened to 2D and
// handed over as WKB. What GEOS cannot build is said in words that point at the cause (a ring that
// does not close names where it starts and ends) instead of "cannot be read".
class OgrGeometry
{
    Q_DECLARE_TR_FUNCTIONS(uo::OgrGeometry)

public:
    // Null, with *error set, when the geometry cannot be built.
    static Geos::Ptr toGeos(const Geos &geos, OGRGeometryH geometry, QString *error);
};

} // namespace uo
