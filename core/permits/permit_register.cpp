#include "core/permits/permit_register.h"

#include "core/permits/permit_rules.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

#include <QHash>

namespace uo {

PermitSummary PermitRegister::one(DistrictStore &store, qint64 permitId)
{
    const QList<PermitSummary> rows = list(store, permitId);
    return rows.isEmpty() ? PermitSummary() : rows.first();
}

QList<PermitSummary> PermitRegister::list(DistrictStore &store, qint64 permitId)
{
    return list(store.db(), PermitRules::load(store).roadReachM, permitId);
}

QList<PermitSummary> PermitRegister::list(sql::Database &db, double reach, qint64 permitId)
{
    const QByteArray only = permitId > 0 ? " AND p.id = " + QByteArray::number(permitId) : QByteArray();
    QList<PermitSummary> rows;
    QHash<qint64, qsizetype> index;
    auto st = db.prepare("SELECT p.id, p.permit_no, p.applicant, coalesce(p.location, ''), p.utility_type, "
                         "p.work_type, p.status, coalesce(p.joint_group, ''), p.start_date, p.end_date, "
                         "p.area_m2, p.emergency FROM permits p WHERE 1" +
                         only + " ORDER BY p.start_date DESC, p.id DESC");
    while (st.step()) {
        PermitSummary s;
        s.id = st.int64(0);
        s.permitNo = st.text(1);
        s.applicant = st.text(2);
        s.location = st.text(3);
        s.utility = st.text(4);
        s.workType = st.text(5);
        s.status = st.text(6);
        s.jointGroup = st.text(7);
        s.start = QDate::fromString(st.text(8), Qt::ISODate);
        s.end = QDate::fromString(st.text(9), Qt::ISODate);
        s.areaM2 = st.real(10);
        s.emergency = st.int64(11) != 0;
        index.insert(s.id, rows.size());
        rows.append(s);
    }
    if (rows.isEmpty())
        return rows;

    // Where each permit digs, by the same reach as the review, through the spatial indexes. The search
    // frame is the area's box grown by the reach: as exact as a buffer for the index, at half the cost.
    auto near = [&](const char *table, auto &&add) {
        auto q = db.prepare(QByteArray("SELECT p.id, f.id, f.name FROM permits p, \"") + table +
                            "\" f WHERE p.geom IS NOT NULL" + only +
                            " AND f.ROWID IN (SELECT ROWID FROM SpatialIndex "
                            "WHERE f_table_name = '" +
                            table +
                            "' AND search_frame = BuildMbr(MbrMinX(p.geom) - ?1, MbrMinY(p.geom) - ?1, "
                            "MbrMaxX(p.geom) + ?1, MbrMaxY(p.geom) + ?1)) "
                            "AND ST_Distance(f.geom, p.geom) <= ?1 ORDER BY p.id, f.name");
        q.bind(1, reach);
        while (q.step()) {
            const auto it = index.constFind(q.int64(0));
            if (it != index.cend())
                add(rows[*it], q.int64(1), q.text(2));
        }
    };
    near("roads", [](PermitSummary &s, qint64 id, const QString &name) {
        s.roadIds.append(id);
        s.roadNames.append(name);
    });
    near("road_segments", [](PermitSummary &s, qint64 id, const QString &name) {
        s.segmentIds.append(id);
        s.segmentNames.append(name);
    });
    auto streets =
        db.prepare("SELECT p.id, s.code, s.name FROM permits p, streets s WHERE p.geom IS NOT NULL" + only +
                   " AND s.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'streets' "
                   "AND search_frame = ST_PointOnSurface(p.geom)) "
                   "AND ST_Within(ST_PointOnSurface(p.geom), s.geom)");
    while (streets.step()) {
        const auto it = index.constFind(streets.int64(0));
        if (it != index.cend()) {
            rows[*it].streetCode = streets.text(1);
            rows[*it].streetName = streets.text(2);
        }
    }
    return rows;
}

} // namespace uo
