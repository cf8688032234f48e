#include "core/store/spatial_sql.h"

#include "core/sql/database.h"

namespace uo::spatial_sql {

QByteArray box(const sql::Database &db, int srid, const QByteArray &x0, const QByteArray &y0,
               const QByteArray &x1, const QByteArray &y1)
{
    const QByteArray corners = x0 + ", " + y0 + ", " + x1 + ", " + y1;
    return db.spelled(
        {"BuildMbr(" + corners + ")", "ST_MakeEnvelope(" + corners + ", " + QByteArray::number(srid) + ")"});
}

QByteArray point(const sql::Database &db, int srid, const QByteArray &x, const QByteArray &y)
{
    const QByteArray id = QByteArray::number(srid);
    return db.spelled({"MakePoint(" + x + ", " + y + ", " + id + ")",
                       "ST_SetSRID(ST_MakePoint(" + x + ", " + y + "), " + id + ")"});
}

QByteArray around(const sql::Database &db, const QByteArray &geometry, const QByteArray &distance)
{
    return db.spelled(
        {"ST_Buffer(" + geometry + ", " + distance + ")", "ST_Expand(" + geometry + ", " + distance + ")"});
}

QByteArray inFrame(const sql::Database &db, const QByteArray &alias, const QByteArray &table,
                   const QByteArray &frame)
{
    return db.spelled({alias + ".ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = '" + table +
                           "' AND f_geometry_column = 'geom' AND search_frame = " + frame + ")",
                       alias + ".geom && " + frame});
}

} // namespace uo::spatial_sql
