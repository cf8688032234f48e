#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <optional>

namespace uo {

namespace sql {
class Statement;
}

// A planar geometry as the store keeps it, in the store CRS. Every kind is held as parts of rings so
// that one shape serves points, lines and polygons:
//   Point / LineString: one part with one ring;  Polygon: one part, exterior ring first;
//   Multi*: one part per member.
struct Geometry
{
    enum Type
    {
        None = 0,
        Point = 1,
        LineString = 2,
        Polygon = 3,
        MultiPoint = 4,
        MultiLineString = 5,
        MultiPolygon = 6
    };
    using Ring = QList<QPointF>;
    using Part = QList<Ring>;

    Type type = None;
    int srid = 0;
    QList<Part> parts;

    static Geometry point(int srid, QPointF p);
    static Geometry lineString(int srid, const Ring &points);
    static Geometry polygon(int srid, const Part &rings);
    static Geometry multiPolygon(int srid, const QList<Part> &polygons);

    QRectF bounds() const;
    bool isEmpty() const { return parts.isEmpty(); }
};

// SpatiaLite's own BLOB-Geometry format (little endian, 2D), written and read without SQL function calls
// so that bulk writes and the renderer's reads stay cheap. Other GIS read these blobs through SpatiaLite.
namespace geometry_blob {
QByteArray encode(const Geometry &geometry);
std::optional<Geometry> decode(const char *data, int size);
// The geometry in a column of a result row; none when it is NULL or not a SpatiaLite blob.
std::optional<Geometry> read(const sql::Statement &st, int column);
// The same, an empty geometry for none.
Geometry readOrEmpty(const sql::Statement &st, int column);
// The fast path for the most common case: a point; false when the blob is not a 2D point.
bool decodePoint(const char *data, int size, double *x, double *y);
} // namespace geometry_blob

} // namespace uo
