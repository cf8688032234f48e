#include "core/bench_data/bench_growth.h"

#include "core/sql/statement.h"
#include "core/store/bulk_load.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

namespace uo::bench_data {

qint64 growCases(DistrictStore &store, qint64 target)
{
    sql::Database &db = store.db();
    sql::Transaction tx(db);
    const auto count = [&db] { return db.scalarInt("SELECT count(*) FROM cases"); };
    // Copies of the original cases only ('-R' marks a copy), so that each round repeats the year.
    for (int round = 1; count() > 0 && count() < target; ++round) {
        auto repeat = db.prepare(
            "INSERT INTO cases(case_no, class_code, source, description, reporter, reported_at, "
            "state, accepted_at, due_at, handled_at, closed_at, level, unit, route, reopened, "
            "grid_code, community_code, street_code, segment_id, chief_id, component_id, entity_id, "
            "risk_id, geom) "
            "SELECT case_no || '-R' || :round, class_code, source, description, reporter, "
            "reported_at, state, accepted_at, due_at, handled_at, closed_at, level, unit, route, "
            "reopened, grid_code, community_code, street_code, segment_id, chief_id, component_id, "
            "entity_id, risk_id, geom FROM cases WHERE case_no NOT LIKE '%-R%' LIMIT :room");
        repeat.bind(1, round).bind(2, target - count());
        repeat.run();
    }
    tx.commit();
    return count();
}

qint64 growPermits(DistrictStore &store, qint64 target)
{
    sql::Database &db = store.db();
    sql::Transaction tx(db);
    const qint64 last = db.scalarInt("SELECT coalesce(max(id), 0) FROM permits");
    const auto count = [&db] { return db.scalarInt("SELECT count(*) FROM permits"); };
    for (int round = 1; last > 0 && count() < target; ++round) {
        auto repeat = db.prepare("INSERT INTO permits(permit_no, applicant, location, reason, "
                                 "utility_type, work_type, status, "
                                 "start_date, end_date, area_m2, trench_length_m, emergency, geom) "
                                 "SELECT permit_no || '-R' || :round, applicant, location, reason, "
                                 "utility_type, work_type, 'accepted', "
                                 "date(start_date, :shift), date(end_date, :shift), area_m2, "
                                 "trench_length_m, 0, geom FROM permits "
                                 "WHERE id <= :last LIMIT :room");
        repeat.bind(1, round).bind(2, QStringLiteral("-%1 days").arg(round * 97));
        repeat.bind(3, last).bind(4, target - count());
        repeat.run();
    }
    tx.commit();
    return count();
}

QPointF busiestStreetCase(DistrictStore &store, QPointF otherwise)
{
    auto st = store.db().prepare("SELECT ST_X(geom), ST_Y(geom) FROM cases WHERE street_code = (SELECT "
                                 "street_code FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) LIMIT 1");
    return st.step() ? QPointF(st.real(0), st.real(1)) : otherwise;
}

QList<qint64> ids(DistrictStore &store, const QString &table)
{
    QList<qint64> ids;
    auto st = store.db().prepare(QStringLiteral("SELECT id FROM \"%1\" ORDER BY id").arg(table).toUtf8());
    while (st.step())
        ids.append(st.int64(0));
    return ids;
}

QList<QPair<qint64, QPointF>> firstPoints(DistrictStore &store, const QString &table, int limit)
{
    QList<QPair<qint64, QPointF>> points;
    auto st = store.db().prepare(
        QStringLiteral("SELECT id, geom FROM \"%1\" ORDER BY id LIMIT ?").arg(table).toUtf8());
    st.bind(1, limit);
    while (st.step()) {
        int size = 0;
        const char *blob = st.blobData(1, &size);
        double x = 0, y = 0;
        if (geometry_blob::decodePoint(blob, size, &x, &y))
            points.append({st.int64(0), QPointF(x, y)});
    }
    return points;
}

qint64 auditRows(DistrictStore &store, const QString &operatorName)
{
    auto st = store.db().prepare("SELECT count(*) FROM audit_log WHERE operator = ?");
    st.bind(1, operatorName);
    return st.step() ? st.int64(0) : 0;
}

void emptyLayer(DistrictStore &store, const QString &table)
{
    sql::Database &db = store.db();
    sql::Transaction tx(db);
    BulkLoad empty(db, table);
    db.exec("DELETE FROM \"" + table.toUtf8() + '"');
    empty.finish();
    tx.commit();
}

} // namespace uo::bench_data
