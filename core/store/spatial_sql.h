#pragma once

#include <QByteArray>

namespace uo {

namespace sql {
class Database;
}

// The spatial spellings of docs/server.md's inventory: a district file finds candidates through
// SpatiaLite's SpatialIndex (an R*Tree per layer), a server through the layer's GiST index with `&&`.
// One helper each, both engines side by side; callers write one call.
namespace spatial_sql {

// A box geometry in the store CRS from four SQL expressions (usually parameters): SpatiaLite's
// BuildMbr, PostGIS's ST_MakeEnvelope with the store's SRID (PostGIS refuses to compare geometries of
// two SRIDs).
QByteArray box(const sql::Database &db, int srid, const QByteArray &x0, const QByteArray &y0,
               const QByteArray &x1, const QByteArray &y1);

// A point in the store CRS from two SQL expressions: SpatiaLite's MakePoint, PostGIS's ST_MakePoint
// with the SRID set.
QByteArray point(const sql::Database &db, int srid, const QByteArray &x, const QByteArray &y);

// A frame around the geometry `geometry` (SQL) reaching `distance` (SQL) beyond it, for inFrame():
// SpatiaLite's ST_Buffer (whose box the R*Tree compares), PostGIS's ST_Expand (the box itself).
QByteArray around(const sql::Database &db, const QByteArray &geometry, const QByteArray &distance);

// A condition true for the rows of `table` (as `alias`) whose geometry's box meets the box of the
// geometry `frame` (an SQL expression): the layer's spatial index answers it. Candidates only: the
// caller tests the exact distance or intersection.
QByteArray inFrame(const sql::Database &db, const QByteArray &alias, const QByteArray &table,
                   const QByteArray &frame);

} // namespace spatial_sql
} // namespace uo
