#include "core/cases/case_place.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"

namespace uo {

namespace {

// The nearest feature of `table` within `reach` of the point (?1, ?2 in srid ?3), through the table's
// spatial index; `columns` are read from it as f.
QByteArray nearestSql(const char *table, const char *columns)
{
    return QByteArray("SELECT ") + columns + " FROM \"" + table +
           "\" f WHERE f.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = '" + table +
           "' AND search_frame = BuildMbr(?1 - ?4, ?2 - ?4, ?1 + ?4, ?2 + ?4)) "
           "AND ST_Distance(f.geom, MakePoint(?1, ?2, ?3)) <= ?4 "
           "ORDER BY ST_Distance(f.geom, MakePoint(?1, ?2, ?3)), f.id LIMIT 1";
}

QByteArray containingSql(const char *table, const char *columns)
{
    return QByteArray("SELECT ") + columns + " FROM \"" + table +
           "\" f WHERE f.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = '" + table +
           "' AND search_frame = MakePoint(?1, ?2, ?3)) AND ST_Contains(f.geom, MakePoint(?1, ?2, ?3)) "
           "ORDER BY f.id LIMIT 1";
}

} // namespace

CasePlace CasePlace::at(DistrictStore &store, QPointF point)
{
    sql::Database &db = store.db();
    const int srid = store.srid();
    CasePlace place;
    const auto bindPoint = [&](sql::Statement &st, double reach) {
        st.bind(1, point.x()).bind(2, point.y()).bind(3, srid);
        if (reach > 0)
            st.bind(4, reach);
    };
    auto cell =
        db.prepare(containingSql("grid_cells", "f.code, f.street_code, coalesce(f.community_code, '')"));
    bindPoint(cell, 0);
    if (cell.step()) {
        place.gridCode = cell.text(0);
        place.streetCode = cell.text(1);
        place.communityCode = cell.text(2);
    } else {
        auto street = db.prepare(containingSql("streets", "f.code"));
        bindPoint(street, 0);
        if (street.step())
            place.streetCode = street.text(0);
    }
    auto segment = db.prepare(nearestSql("road_segments", "f.id, coalesce(f.chief_id, 0)"));
    bindPoint(segment, kSegmentReachM);
    if (segment.step()) {
        place.segmentId = segment.int64(0);
        place.chiefId = segment.int64(1);
    }
    auto component =
        db.prepare(nearestSql("components", "f.id, coalesce(f.maintainer_id, f.owner_id, f.dept_id, 0)"));
    bindPoint(component, kComponentReachM);
    if (component.step()) {
        place.componentId = component.int64(0);
        place.entityId = component.int64(1);
    }
    return place;
}

} // namespace uo
