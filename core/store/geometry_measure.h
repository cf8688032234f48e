#pragma once

#include "core/store/geometry_blob.h"

namespace uo::geometry_measure {

// Planar measures in the store CRS (a projected CRS in metres, so metres and square metres), as the
// measuring tool, identify and the register show them.

// The area enclosed by a ring, whether or not its last point repeats its first; always >= 0.
double ringArea(const Geometry::Ring &ring);
// The length of a line through the points in their order.
double lineLength(const Geometry::Ring &points);
// The length of every line and ring of the geometry (a polygon's: its perimeter, holes included).
double length(const Geometry &geometry);
// The area of a polygon or multipolygon, holes taken off; 0 for other kinds.
double area(const Geometry &geometry);

} // namespace uo::geometry_measure
