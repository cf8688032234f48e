#include "core/cases/case_place.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/spatial_sql.h"

namespace uo {

namespace {

// The point is ?1, ?2; a box around it ?3 to ?6; the reach ?7.
QByteArray pointSql(const sql::Database &db, int srid)
{
    return spatial_sql::point(db, srid, "?1", "?2");
}

// The nearest feature of `table` within the reach of the point, found through the table's spatial
// index; `columns` are read from it as f.
QByteArray nearestSql(const sql::Database &db, int srid, const char *table, const char *columns)
{
    const QByteArray p = pointSql(db, srid);
    return QByteArray("SELECT ") + columns + " FROM \"" + table + "\" f WHERE " +
           spatial_sql::inFrame(db, "f", table, spatial_sql::box(db, srid, "?3", "?4", "?5", "?6")) +
           " AND ST_Distance(f.geom, " + p + ") <= ?7 ORDER BY ST_Distance(f.geom, " + p + "), f.id LIMIT 1";
}

// The feature of `table` that contains the point.
QByteArray containingSql(const sql::Database &db, int srid, const char *table, const char *columns)
{
    const QByteArray p = pointSql(db, srid);
    return QByteArray("SELECT ") + columns + " FROM \"" + table + "\" f WHERE " +
           spatial_sql::inFrame(db, "f", table, p) + " AND ST_Contains(f.geom, " + p +
           ") ORDER BY f.id LIMIT 1";
}

} // namespace

CasePlace CasePlace::at(DistrictStore &store, QPointF point)
{
    sql::Database &db = store.db();
    const int srid = store.srid();
    CasePlace place;
    const auto bindPoint = [&](sql::Statement &st, double reach) {
        st.bind(1, point.x()).bind(2, point.y());
        if (reach > 0) {
            st.bind(3, point.x() - reach).bind(4, point.y() - reach);
            st.bind(5, point.x() + reach).bind(6, point.y() + reach).bind(7, reach);
        }
    };
    auto cell = db.prepare(containingSql(db, srid, tableName(Layer::GridCells),
                                         "f.code, f.street_code, coalesce(f.community_code, '')"));
    bindPoint(cell, 0);
    if (cell.step()) {
        place.gridCode = cell.text(0);
        place.streetCode = cell.text(1);
        place.communityCode = cell.text(2);
    } else {
        auto street = db.prepare(containingSql(db, srid, tableName(Layer::Streets), "f.code"));
        bindPoint(street, 0);
        if (street.step())
            place.streetCode = street.text(0);
    }
    auto segment =
        db.prepare(nearestSql(db, srid, tableName(Layer::RoadSegments), "f.id, coalesce(f.chief_id, 0)"));
    bindPoint(segment, kSegmentReachM);
    if (segment.step()) {
        place.segmentId = segment.int64(0);
        place.chiefId = segment.int64(1);
    }
    auto component = db.prepare(nearestSql(db, srid, tableName(Layer::Components),
                                           "f.id, coalesce(f.maintainer_id, f.owner_id, f.dept_id, 0)"));
    bindPoint(component, kComponentReachM);
    if (component.step()) {
        place.componentId = component.int64(0);
        place.entityId = component.int64(1);
    }
    return place;
}

} // namespace uo
