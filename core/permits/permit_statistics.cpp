#include "core/permits/permit_statistics.h"

#include "core/permits/permit_rules.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_distance.h"
#include "core/store/layers.h"
#include "core/store/spatial_sql.h"

#include <QHash>
#include <algorithm>

namespace uo {

namespace {

// Statuses of a permit whose road was, or is about to be, opened.
constexpr const char *kDigStatuses = "('approved', 'works_started', 'restored', 'accepted')";

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QByteArray idList(const QList<qint64> &ids)
{
    QByteArray list;
    for (qint64 id : ids)
        list += (list.isEmpty() ? "" : ",") + QByteArray::number(id);
    return list;
}

} // namespace

QList<RoadDigCount> PermitStatistics::digsPerRoad(DistrictStore &store, QDate from, QDate to)
{
    sql::Database &db = store.db();
    const double reach = PermitRules::load(store).roadReachM;
    QList<RoadDigCount> roads;
    QList<Geometry> lines;
    QList<QRectF> bounds;
    BoundsGrid grid(200.0);
    auto st = db.prepare(
        "SELECT id, code, name, coalesce(length_m, ST_Length(geom), 0), geom FROM roads ORDER BY id");
    while (st.step()) {
        const Geometry line = geometry_blob::readOrEmpty(st, 4);
        bounds.append(line.bounds());
        if (!line.isEmpty())
            grid.insert(int(roads.size()), bounds.last());
        roads.append({st.int64(0), st.text(1), st.text(2), st.real(3), 0, 0, {}});
        lines.append(line);
    }
    // Decoded and measured here, as the review measures (geometry_distance), not by SQL functions.
    auto digs = db.prepare(QByteArray("SELECT id, geom FROM permits WHERE status IN ") + kDigStatuses +
                           " AND start_date BETWEEN ?1 AND ?2 ORDER BY start_date, id");
    digs.bind(1, iso(from)).bind(2, iso(to));
    while (digs.step()) {
        const Geometry area = geometry_blob::readOrEmpty(digs, 1);
        if (area.isEmpty())
            continue;
        const QRectF areaBounds = area.bounds();
        for (const int i : grid.near(areaBounds, reach))
            if (geometry_distance::within(area, areaBounds, lines.at(i), bounds.at(i), reach)) {
                ++roads[i].digs;
                roads[i].permitIds.append(digs.int64(0));
            }
    }
    const double years = std::max(1.0, double(from.daysTo(to) + 1)) / 365.25;
    for (RoadDigCount &road : roads)
        road.perKmPerYear = road.lengthM > 0 ? road.digs / (road.lengthM / 1000.0) / years : 0.0;
    std::stable_sort(roads.begin(), roads.end(), [](const RoadDigCount &a, const RoadDigCount &b) {
        if (a.digs != b.digs)
            return a.digs > b.digs;
        return a.perKmPerYear > b.perKmPerYear;
    });
    return roads;
}

QList<RoadDigCount> PermitStatistics::mostDug(DistrictStore &store, QDate from, QDate to, int limit)
{
    QList<RoadDigCount> roads = digsPerRoad(store, from, to);
    QList<RoadDigCount> most;
    for (const RoadDigCount &road : roads) {
        if (road.digs == 0 || most.size() >= limit)
            break;
        most.append(road);
    }
    return most;
}

double PermitStatistics::routeTarget(const QString &route)
{
    if (route == QLatin1String("online"))
        return 0.7;
    if (route == QLatin1String("coordination"))
        return 0.2;
    if (route == QLatin1String("joint_enforcement"))
        return 0.1;
    return 0.0;
}

QList<RouteShare> PermitStatistics::routeShares(DistrictStore &store, QDate from, QDate to)
{
    sql::Database &db = store.db();
    QList<RouteShare> shares;
    for (const char *route : {"online", "coordination", "joint_enforcement"})
        shares.append({QLatin1String(route), 0, 0.0, routeTarget(QLatin1String(route))});
    // The step's time is written with the bureau's UTC offset, so its first ten characters are the local day.
    auto st = db.prepare("SELECT route, count(*) FROM permit_history WHERE route IS NOT NULL "
                         "AND to_status IN ('approved', 'rejected', 'returned_joint') "
                         "AND substr(time, 1, 10) BETWEEN ? AND ? GROUP BY route");
    st.bind(1, iso(from)).bind(2, iso(to));
    int total = 0;
    while (st.step())
        for (RouteShare &share : shares)
            if (share.route == st.text(0)) {
                share.decisions = int(st.int64(1));
                total += share.decisions;
            }
    for (RouteShare &share : shares)
        share.share = total > 0 ? double(share.decisions) / total : 0.0;
    return shares;
}

QList<qint64> PermitStatistics::roadsOf(DistrictStore &store, qint64 permitId)
{
    const double reach = PermitRules::load(store).roadReachM;
    auto st = store.db().prepare(
        "SELECT r.id FROM permits p, roads r WHERE p.id = ? AND " +
        spatial_sql::inFrame(store.db(), "r", tableName(Layer::Roads),
                             spatial_sql::around(store.db(), "p.geom", "?")) +
        " AND ST_Distance(r.geom, p.geom) <= ? ORDER BY ST_Distance(r.geom, p.geom), r.id");
    st.bind(1, permitId).bind(2, reach).bind(3, reach);
    QList<qint64> ids;
    while (st.step())
        ids.append(st.int64(0));
    return ids;
}

QList<RoadDig> PermitStatistics::timeline(DistrictStore &store, const QList<qint64> &roadIds)
{
    QList<RoadDig> digs;
    if (roadIds.isEmpty())
        return digs;
    const double reach = PermitRules::load(store).roadReachM;
    auto st = store.db().prepare(
        "SELECT r.id, p.id, p.permit_no, p.utility_type, p.status, p.start_date, p.end_date "
        "FROM roads r, permits p WHERE r.id IN (" +
        idList(roadIds) +
        ") AND p.status != 'rejected' "
        "AND " +
        spatial_sql::inFrame(store.db(), "p", tableName(Layer::Permits),
                             spatial_sql::around(store.db(), "r.geom", "?")) +
        " AND ST_Distance(p.geom, r.geom) <= ? ORDER BY r.id, p.start_date, p.id");
    st.bind(1, reach).bind(2, reach);
    while (st.step()) {
        const QString status = st.text(4);
        const bool past = status == QLatin1String("works_started") || status == QLatin1String("restored") ||
                          status == QLatin1String("accepted");
        digs.append({st.int64(0), st.int64(1), st.text(2), st.text(3), status,
                     QDate::fromString(st.text(5), Qt::ISODate), QDate::fromString(st.text(6), Qt::ISODate),
                     past});
    }
    return digs;
}

int PermitStatistics::openedCount(const QList<RoadDig> &timeline, qint64 roadId, int years, QDate today)
{
    const QDate since = today.addYears(-years);
    int n = 0;
    for (const RoadDig &dig : timeline)
        if (dig.roadId == roadId && dig.past && dig.start > since && dig.start <= today)
            ++n;
    return n;
}

} // namespace uo
