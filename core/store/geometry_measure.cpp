#include "core/store/geometry_measure.h"

#include <cmath>

namespace uo::geometry_measure {

double ringArea(const Geometry::Ring &ring)
{
    double twice = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        twice += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
    return std::abs(twice) / 2.0;
}

double lineLength(const Geometry::Ring &points)
{
    double length = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        length += std::hypot(points[i].x() - points[i - 1].x(), points[i].y() - points[i - 1].y());
    return length;
}

double length(const Geometry &geometry)
{
    double total = 0;
    for (const Geometry::Part &part : geometry.parts)
        for (const Geometry::Ring &ring : part)
            total += lineLength(ring);
    return total;
}

double area(const Geometry &geometry)
{
    if (geometry.type != Geometry::Polygon && geometry.type != Geometry::MultiPolygon)
        return 0.0;
    double total = 0;
    for (const Geometry::Part &part : geometry.parts)
        for (qsizetype r = 0; r < part.size(); ++r)
            total += (r == 0 ? 1 : -1) * ringArea(part[r]); // the exterior ring first, then holes
    return total;
}

} // namespace uo::geometry_measure
