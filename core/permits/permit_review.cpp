#include "core/permits/permit_review.h"

#include "core/error/error.h"
#include "core/permits/nodig_calendar.h"
#include "core/permits/permit_verdict.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_distance.h"
#include "core/store/layers.h"
#include "core/store/spatial_sql.h"
#include "core/store/store_error.h"

#include <QSet>

#include <algorithm>

namespace uo {

namespace {

// Runs `visit(statement)` for each feature of `table` within `distance` of `near`: candidates from the
// spatial index, then the exact distance on the decoded geometry (geometry_distance), the same test
// the register makes in memory. `columns` come first, the geometry after them; rows in id order.
template <typename Visit>
void forEachNear(sql::Database &db, const char *table, const QByteArray &columns, const Geometry &near,
                 double distance, Visit &&visit, const QByteArray &join = QByteArray())
{
    const QRectF box = near.bounds();
    auto st = db.prepare(
        "SELECT " + columns + ", f.geom FROM \"" + table + "\" f " + join + " WHERE " +
        spatial_sql::inFrame(db, "f", table, spatial_sql::box(db, near.srid, "?1", "?2", "?3", "?4")) +
        " ORDER BY f.id");
    st.bind(1, box.left() - distance).bind(2, box.top() - distance);
    st.bind(3, box.right() + distance).bind(4, box.bottom() + distance);
    const int geometryColumn = st.columnCount() - 1;
    while (st.step()) {
        const std::optional<Geometry> geometry = geometry_blob::read(st, geometryColumn);
        if (geometry && geometry_distance::within(near, *geometry, distance))
            visit(st);
    }
}

QDate date(const sql::Statement &st, int column)
{
    return QDate::fromString(st.text(column), Qt::ISODate);
}

} // namespace

bool PermitReviewResult::blocked() const
{
    for (const PermitFinding &f : findings)
        if (f.outcome == PermitFinding::Fail)
            return true;
    return false;
}

PermitFinding::Outcome PermitReviewResult::outcome() const
{
    PermitFinding::Outcome worst = PermitFinding::Pass;
    for (const PermitFinding &f : findings)
        if (f.outcome == PermitFinding::Fail ||
            (f.outcome == PermitFinding::Warn && worst != PermitFinding::Fail))
            worst = f.outcome;
    return worst;
}

QStringList PermitReviewResult::reasons() const
{
    QStringList reasons;
    for (const PermitFinding::Outcome outcome : {PermitFinding::Fail, PermitFinding::Warn})
        for (const PermitFinding &f : findings)
            if (f.outcome == outcome)
                reasons.append(f.message);
    return reasons;
}

QString PermitReview::outcomeName(PermitFinding::Outcome outcome)
{
    switch (outcome) {
    case PermitFinding::Pass:
        return tr("pass");
    case PermitFinding::Info:
        return tr("info");
    case PermitFinding::Warn:
        return tr("warning");
    case PermitFinding::Fail:
        return tr("FAIL");
    }
    return QString();
}

PermitReviewResult PermitReview::run(DistrictStore &store, const QString &permitNo, QDate today)
{
    auto st = store.db().prepare("SELECT id FROM permits WHERE permit_no = ?");
    st.bind(1, permitNo);
    if (!st.step())
        throw RequestError(tr("There is no permit numbered %1.").arg(permitNo));
    return run(store, st.int64(0), today);
}

PermitReviewResult PermitReview::run(DistrictStore &store, qint64 permitId, QDate today)
{
    sql::Database &db = store.db();
    auto row = db.prepare(
        "SELECT id, permit_no, status, utility_type, start_date, end_date, emergency, "
        "coalesce(special_approval, ''), coalesce(filing_deadline, ''), coalesce(issued_date, ''), "
        "coalesce(trench_length_m, 0), area_m2, geom FROM permits WHERE id = ?");
    row.bind(1, permitId);
    if (!row.step())
        throw RequestError(tr("There is no permit %1.").arg(permitId));
    PermitFacts p;
    p.id = row.int64(0);
    p.permitNo = row.text(1);
    p.status = row.text(2);
    p.utility = row.text(3);
    p.start = date(row, 4);
    p.end = date(row, 5);
    p.emergency = row.int64(6) != 0;
    p.specialApproval = row.text(7);
    p.filingDeadline = row.text(8);
    p.issued = row.text(9);
    p.trenchM = row.real(10);
    p.areaM2 = row.real(11);
    const Geometry area = geometry_blob::readOrEmpty(row, 12);
    const PermitRules rules = PermitRules::load(store);

    forEachNear(db, tableName(Layer::Roads),
                "f.id, f.name, f.opened_date, f.rebuilt_date, f.major_repair_date", area, rules.roadReachM,
                [&p](const sql::Statement &st) {
                    p.roads.append({st.int64(0), st.text(1), date(st, 2), date(st, 3), date(st, 4)});
                });
    forEachNear(db, tableName(Layer::Permits), "f.id, f.permit_no, f.status, f.start_date, f.end_date", area,
                rules.conflictDistanceM, [&p](const sql::Statement &st) {
                    if (st.int64(0) != p.id &&
                        PermitVerdict::conflictsInTime(p, PermitVerdict::isOpen(st.text(2)), date(st, 3),
                                                       date(st, 4)))
                        p.conflicts.append({st.int64(0), st.text(1), date(st, 3), date(st, 4)});
                });
    PermitVerdict::sortByStart(p.conflicts);
    QList<Geometry> segmentLines;
    forEachNear(
        db, tableName(Layer::RoadSegments), "f.id, f.name, coalesce(c.name, '')", area, rules.roadReachM,
        [&](const sql::Statement &st) {
            p.segments.append({st.int64(0), st.text(1), st.text(2)});
            segmentLines.append(geometry_blob::readOrEmpty(st, 3));
        },
        "LEFT JOIN people c ON c.id = f.chief_id");
    if (rules.sameUtility) {
        QSet<qint64> seen;
        const QDate since = PermitVerdict::sameUtilitySince(p, rules);
        for (const Geometry &line : std::as_const(segmentLines))
            forEachNear(db, tableName(Layer::Permits),
                        "f.id, f.permit_no, f.utility_type, f.status, f.start_date, f.end_date", line,
                        rules.roadReachM, [&](const sql::Statement &st) {
                            const qint64 id = st.int64(0);
                            if (id != p.id && !seen.contains(id) &&
                                PermitVerdict::countsForSameUtility(p, since, st.text(2),
                                                                    PermitVerdict::wasDug(st.text(3)),
                                                                    date(st, 4), date(st, 5))) {
                                seen.insert(id);
                                p.sameUtility.append({id, st.text(1), date(st, 4), date(st, 5)});
                            }
                        });
        PermitVerdict::sortByStart(p.sameUtility);
    }
    p.hasCalendar = store.hasTable(QStringLiteral("nodig_calendar"));
    if (rules.calendar && p.hasCalendar)
        for (const NoDigPeriod &period : NoDigCalendar::load(store))
            if (PermitVerdict::meetsCalendar(p, period))
                p.calendar.append(period);
    if (rules.riskPoints)
        forEachNear(db, tableName(Layer::RiskPoints), "f.id, f.name, f.level", area, rules.riskBufferM,
                    [&p](const sql::Statement &st) {
                        p.riskPoints.append({st.int64(0), st.text(1), st.text(2)});
                    });
    if (rules.components)
        forEachNear(db, tableName(Layer::Components), "f.id, f.name", area, rules.componentBufferM,
                    [&p](const sql::Statement &st) {
                        p.components.append({st.int64(0), st.text(1), {}});
                    });
    return PermitVerdict::judge(p, rules, today);
}

} // namespace uo
