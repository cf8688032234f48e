#include "core/cases/case_statistics.h"

#include "core/cases/case_time.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace uo {

namespace {

// Bounds of the local days [from, to] for comparisons with kept times.
QString dayStart(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString dayAfter(QDate d)
{
    return d.addDays(1).toString(Qt::ISODate);
}

} // namespace

QList<RouteShare> CaseStatistics::routeShares(DistrictStore &store, QDate from, QDate to)
{
    sql::Database &db = store.db();
    QList<RouteShare> shares;
    for (const char *route : {"online", "coordination", "joint_enforcement"})
        shares.append({QLatin1String(route), 0, 0.0, PermitStatistics::routeTarget(QLatin1String(route))});
    auto st = db.prepare("SELECT route, count(*) FROM cases WHERE state = 'closed' AND route IS NOT NULL "
                         "AND closed_at >= ? AND closed_at < ? GROUP BY route");
    st.bind(1, dayStart(from)).bind(2, dayAfter(to));
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

QList<CaseCounts> CaseStatistics::byStreet(DistrictStore &store, QDate from, QDate to, const QDateTime &now)
{
    sql::Database &db = store.db();
    QHash<QString, CaseCounts> streets;
    auto names = db.prepare("SELECT code, name FROM streets ORDER BY code");
    while (names.step())
        streets.insert(names.text(0), {names.text(0), names.text(1)});
    const QString a = dayStart(from), b = dayAfter(to), nowText = case_time::text(now);
    auto reported =
        db.prepare("SELECT coalesce(street_code, ''), count(*), sum(state NOT IN ('closed', 'rejected')), "
                   "sum(state NOT IN ('closed', 'rejected') AND due_at < ?3) FROM cases "
                   "WHERE reported_at >= ?1 AND reported_at < ?2 GROUP BY 1");
    reported.bind(1, a).bind(2, b).bind(3, nowText);
    while (reported.step()) {
        CaseCounts &c = streets[reported.text(0)];
        c.streetCode = reported.text(0);
        c.reported = int(reported.int64(1));
        c.open = int(reported.int64(2));
        c.overdue = int(reported.int64(3));
    }
    auto closed =
        db.prepare("SELECT coalesce(street_code, ''), count(*), sum(handled_at <= due_at) FROM cases "
                   "WHERE state = 'closed' AND closed_at >= ? AND closed_at < ? GROUP BY 1");
    closed.bind(1, a).bind(2, b);
    while (closed.step()) {
        CaseCounts &c = streets[closed.text(0)];
        c.streetCode = closed.text(0);
        c.closed = int(closed.int64(1));
        c.closedOnTime = int(closed.int64(2));
    }
    QList<CaseCounts> rows;
    CaseCounts total;
    total.streetName = tr("District");
    for (const CaseCounts &c : std::as_const(streets)) {
        total.reported += c.reported;
        total.closed += c.closed;
        total.closedOnTime += c.closedOnTime;
        total.open += c.open;
        total.overdue += c.overdue;
        if (c.reported > 0 || c.closed > 0 || !c.streetName.isEmpty()) {
            rows.append(c);
            if (rows.last().streetName.isEmpty())
                rows.last().streetName = tr("No street");
        }
    }
    std::sort(rows.begin(), rows.end(), [](const CaseCounts &x, const CaseCounts &y) {
        return x.reported != y.reported ? x.reported > y.reported : x.streetCode < y.streetCode;
    });
    rows.append(total);
    return rows;
}

QList<ClassCount> CaseStatistics::byMajorClass(DistrictStore &store, QDate from, QDate to)
{
    sql::Database &db = store.db();
    const bool english = QLocale().language() == QLocale::English;
    auto st =
        db.prepare("SELECT m.code, m.name, coalesce(m.name_en, ''), count(*), sum(e.tracked) FROM cases c "
                   "JOIN event_classes e ON e.code = c.class_code JOIN event_classes m ON m.code = e.major "
                   "WHERE c.reported_at >= ? AND c.reported_at < ? GROUP BY m.code ORDER BY 4 DESC, m.code");
    st.bind(1, dayStart(from)).bind(2, dayAfter(to));
    QList<ClassCount> rows;
    while (st.step())
        rows.append({st.text(0), english && !st.text(2).isEmpty() ? st.text(2) : st.text(1), int(st.int64(3)),
                     int(st.int64(4))});
    return rows;
}

} // namespace uo
