#include "core/permits/permit_register.h"

#include "core/permits/permit_verdict.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_distance.h"
#include "core/util/parallel_for.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace uo {

namespace {

// Cells about the size of a block: a permit's neighbours are in one or a few of them.
constexpr double kCellM = 100.0;

struct Feature
{
    qint64 id = 0;
    QString name, detail;
    Geometry geometry;
    QRectF bounds;
};

struct Permit
{
    PermitSummary summary;
    PermitFacts facts;
    Geometry area;
    QRectF bounds;
    bool open = false, dug = false; // PermitVerdict::isOpen, wasDug of its status
    int utility = 0;                // its utility type as a number, compared for every pair
    QList<int> segments;            // indexes of the segments within the road reach
};

QDate date(const sql::Statement &st, int column)
{
    return QDate::fromString(st.text(column), Qt::ISODate);
}

// A table's features with a name and one more text, in id order, and a grid of them.
struct Layer
{
    QList<Feature> features;
    BoundsGrid grid{kCellM};

    void read(sql::Database &db, const QByteArray &sql)
    {
        auto st = db.prepare(sql);
        while (st.step()) {
            Feature f{st.int64(0), st.text(1), st.text(2), geometry_blob::readOrEmpty(st, 3), {}};
            if (f.geometry.isEmpty())
                continue;
            f.bounds = f.geometry.bounds();
            grid.insert(int(features.size()), f.bounds);
            features.append(f);
        }
    }
    // The indexes of the features within `distance` of `g`, in id order.
    QList<int> near(const Geometry &g, const QRectF &bounds, double distance) const
    {
        QList<int> found;
        for (const int i : grid.near(bounds, distance))
            if (geometry_distance::within(g, bounds, features.at(i).geometry, features.at(i).bounds,
                                          distance))
                found.append(i);
        std::sort(found.begin(), found.end());
        return found;
    }
};

// A point inside the dug area, to tell its street: the centroid of its outer ring when that lies
// inside (always for a trench or a simple area), else its first vertex.
QPointF pointInside(const Geometry &area)
{
    if (area.isEmpty() || area.parts.first().isEmpty() || area.parts.first().first().isEmpty())
        return {};
    const Geometry::Ring &ring = area.parts.first().first();
    double twiceArea = 0, cx = 0, cy = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double cross = ring.at(j).x() * ring.at(i).y() - ring.at(i).x() * ring.at(j).y();
        twiceArea += cross;
        cx += (ring.at(j).x() + ring.at(i).x()) * cross;
        cy += (ring.at(j).y() + ring.at(i).y()) * cross;
    }
    if (twiceArea != 0) {
        const QPointF centroid(cx / (3 * twiceArea), cy / (3 * twiceArea));
        if (geometry_distance::contains(area, centroid))
            return centroid;
    }
    return ring.first();
}

QList<Permit> readPermits(sql::Database &db)
{
    QList<Permit> permits;
    auto st = db.prepare(
        "SELECT id, permit_no, applicant, coalesce(location, ''), utility_type, work_type, status, "
        "coalesce(joint_group, ''), start_date, end_date, area_m2, emergency, "
        "coalesce(special_approval, ''), coalesce(filing_deadline, ''), coalesce(issued_date, ''), "
        "coalesce(trench_length_m, 0), geom FROM permits ORDER BY start_date DESC, id DESC");
    while (st.step()) {
        Permit p;
        PermitSummary &s = p.summary;
        s.id = st.int64(0);
        s.permitNo = st.text(1);
        s.applicant = st.text(2);
        s.location = st.text(3);
        s.utility = st.text(4);
        s.workType = st.text(5);
        s.status = st.text(6);
        s.jointGroup = st.text(7);
        s.start = date(st, 8);
        s.end = date(st, 9);
        s.areaM2 = st.real(10);
        s.emergency = st.int64(11) != 0;
        PermitFacts &f = p.facts;
        f.id = s.id;
        f.permitNo = s.permitNo;
        f.status = s.status;
        f.utility = s.utility;
        f.start = s.start;
        f.end = s.end;
        f.emergency = s.emergency;
        f.specialApproval = st.text(12);
        f.filingDeadline = st.text(13);
        f.issued = st.text(14);
        f.trenchM = st.real(15);
        f.areaM2 = s.areaM2;
        f.componentsGathered = false;
        p.area = geometry_blob::readOrEmpty(st, 16);
        p.bounds = p.area.bounds();
        p.open = PermitVerdict::isOpen(s.status);
        p.dug = PermitVerdict::wasDug(s.status);
        p.utility = int(qHash(s.utility) & 0x7fffffff);
        permits.append(p);
    }
    return permits;
}

// What lies around the permits, read once for all of them: the layers the rules measure against, and
// the permits themselves in a grid.
struct Surroundings
{
    Layer roads, segments, streets, risks;
    BoundsGrid permits{kCellM};

    Surroundings(sql::Database &db, const QList<Permit> &all, const PermitRules &rules)
    {
        for (qsizetype i = 0; i < all.size(); ++i)
            if (!all.at(i).area.isEmpty())
                permits.insert(int(i), all.at(i).bounds);
        roads.read(
            db, "SELECT id, name, coalesce(opened_date, '') || '|' || coalesce(rebuilt_date, '') || '|' || "
                "coalesce(major_repair_date, ''), geom FROM roads ORDER BY id");
        segments.read(db, "SELECT s.id, s.name, coalesce(c.name, ''), s.geom FROM road_segments s "
                          "LEFT JOIN people c ON c.id = s.chief_id ORDER BY s.id");
        streets.read(db, "SELECT id, name, code, geom FROM streets ORDER BY id");
        if (rules.riskPoints)
            risks.read(db, "SELECT id, name, level, geom FROM risk_points ORDER BY id");
    }
};

// Where a permit digs: its roads and segments (within the road reach) and its street.
void locate(Permit &permit, const Surroundings &around, const PermitRules &rules)
{
    PermitSummary &s = permit.summary;
    for (const int i : around.roads.near(permit.area, permit.bounds, rules.roadReachM)) {
        const Feature &road = around.roads.features.at(i);
        const QStringList dates = road.detail.split(QLatin1Char('|'));
        permit.facts.roads.append({road.id, road.name, QDate::fromString(dates.value(0), Qt::ISODate),
                                   QDate::fromString(dates.value(1), Qt::ISODate),
                                   QDate::fromString(dates.value(2), Qt::ISODate)});
        s.roadIds.append(road.id);
        s.roadNames.append(road.name);
    }
    permit.segments = around.segments.near(permit.area, permit.bounds, rules.roadReachM);
    for (const int i : std::as_const(permit.segments)) {
        const Feature &segment = around.segments.features.at(i);
        permit.facts.segments.append({segment.id, segment.name, segment.detail});
        s.segmentIds.append(segment.id);
        s.segmentNames.append(segment.name);
    }
    const QPointF inside = pointInside(permit.area);
    for (const int i : around.streets.grid.near(QRectF(inside, QSizeF(0, 0)), 0)) {
        if (geometry_distance::contains(around.streets.features.at(i).geometry, inside)) {
            s.streetCode = around.streets.features.at(i).detail;
            s.streetName = around.streets.features.at(i).name;
            break;
        }
    }
}

// The permits on each segment (indexes into `permits`), for the same-utility rule: a permit is on a
// segment when the segment is within its road reach, as located for every permit, or, when only
// `permitId` was located, as measured here for its segments.
QHash<int, QList<int>> permitsOnSegments(const QList<Permit> &permits, const Surroundings &around,
                                         const PermitRules &rules, qint64 permitId)
{
    QHash<int, QList<int>> onSegment;
    if (permitId == 0) {
        for (qsizetype i = 0; i < permits.size(); ++i)
            for (const int segment : std::as_const(permits.at(i).segments))
                onSegment[segment].append(int(i));
        return onSegment;
    }
    for (const Permit &permit : permits) {
        if (permit.summary.id != permitId)
            continue;
        for (const int segment : permit.segments) {
            const Feature &line = around.segments.features.at(segment);
            for (const int i : around.permits.near(line.bounds, rules.roadReachM))
                if (geometry_distance::within(permits.at(i).area, permits.at(i).bounds, line.geometry,
                                              line.bounds, rules.roadReachM))
                    onSegment[segment].append(i);
        }
    }
    return onSegment;
}

// What the rules need to know of a located permit besides where it is: the other permits it conflicts
// with, those of the same utility on its segments, the risk points near it and the calendar periods
// it meets. Reads the others, writes only its own facts.
void gatherFacts(Permit &permit, const QList<Permit> &permits, const Surroundings &around,
                 const QHash<int, QList<int>> &onSegment, const RegisterRules &setup)
{
    const PermitRules &rules = setup.rules;
    PermitFacts &f = permit.facts;
    if (!permit.area.isEmpty()) {
        for (const int i : around.permits.near(permit.bounds, rules.conflictDistanceM)) {
            const Permit &other = permits.at(i);
            if (other.summary.id != f.id &&
                PermitVerdict::conflictsInTime(f, other.open, other.summary.start, other.summary.end) &&
                geometry_distance::within(permit.area, permit.bounds, other.area, other.bounds,
                                          rules.conflictDistanceM))
                f.conflicts.append(
                    {other.summary.id, other.summary.permitNo, other.summary.start, other.summary.end});
        }
        PermitVerdict::sortByStart(f.conflicts);
        if (rules.sameUtility) {
            const QDate since = PermitVerdict::sameUtilitySince(f, rules);
            QSet<qint64> seen;
            for (const int segment : std::as_const(permit.segments))
                for (const int i : onSegment.value(segment)) {
                    const Permit &q = permits.at(i);
                    if (q.utility == permit.utility &&
                        PermitVerdict::countsForSameUtility(f, since, q.summary.utility, q.dug,
                                                            q.summary.start, q.summary.end) &&
                        q.summary.id != f.id && !seen.contains(q.summary.id)) {
                        seen.insert(q.summary.id);
                        f.sameUtility.append(
                            {q.summary.id, q.summary.permitNo, q.summary.start, q.summary.end});
                    }
                }
            PermitVerdict::sortByStart(f.sameUtility);
        }
        if (rules.riskPoints)
            for (const int i : around.risks.near(permit.area, permit.bounds, rules.riskBufferM)) {
                const Feature &risk = around.risks.features.at(i);
                f.riskPoints.append({risk.id, risk.name, risk.detail});
            }
    }
    f.hasCalendar = setup.hasCalendar;
    for (const NoDigPeriod &period : setup.calendar)
        if (PermitVerdict::meetsCalendar(f, period))
            f.calendar.append(period);
}

} // namespace

RegisterRules RegisterRules::load(DistrictStore &store, QDate today)
{
    RegisterRules r;
    r.rules = PermitRules::load(store);
    r.hasCalendar = store.hasTable(QStringLiteral("nodig_calendar"));
    if (r.hasCalendar)
        r.calendar = NoDigCalendar::load(store);
    r.today = today;
    return r;
}

PermitSummary PermitRegister::one(DistrictStore &store, qint64 permitId)
{
    const QList<PermitSummary> rows = list(store, permitId);
    return rows.isEmpty() ? PermitSummary() : rows.first();
}

QStringList PermitRegister::numbers(DistrictStore &store)
{
    QStringList out;
    auto st = store.db().prepare("SELECT permit_no FROM permits ORDER BY id DESC");
    while (st.step())
        out.append(st.text(0));
    return out;
}

QList<PermitSummary> PermitRegister::list(DistrictStore &store, qint64 permitId)
{
    return list(store, RegisterRules::load(store), permitId);
}

QList<PermitSummary> PermitRegister::list(DistrictStore &store, const RegisterRules &setup, qint64 permitId)
{
    sql::Database &db = store.db();
    QList<Permit> permits = readPermits(db);
    if (permits.isEmpty() ||
        (permitId > 0 && std::none_of(permits.cbegin(), permits.cend(),
                                      [permitId](const Permit &p) { return p.summary.id == permitId; })))
        return {};
    const PermitRules &rules = setup.rules;
    const Surroundings around(db, permits, rules);
    const auto inScope = [permitId](const Permit &p) { return permitId == 0 || p.summary.id == permitId; };
    // Each permit is worked out on its own (in parallel), reading only what all share: first where it
    // digs, then, once every permit is located, its facts and the rules' verdict, written to its own row.
    Permit *const each = permits.data(); // detached here, once, not by every thread
    parallelFor(permits.size(), [&](qsizetype index) {
        Permit &permit = each[index];
        if (inScope(permit) && !permit.area.isEmpty())
            locate(permit, around, rules);
    });
    const QHash<int, QList<int>> onSegment =
        rules.sameUtility ? permitsOnSegments(permits, around, rules, permitId) : QHash<int, QList<int>>();
    parallelFor(permits.size(), [&](qsizetype index) {
        Permit &permit = each[index];
        if (!inScope(permit))
            return;
        gatherFacts(permit, permits, around, onSegment, setup);
        const PermitReviewResult review =
            PermitVerdict::judge(permit.facts, rules, setup.today, PermitVerdict::Words::Reasons);
        permit.summary.outcome = review.outcome();
        permit.summary.reasons = review.reasons();
    });
    QList<PermitSummary> rows;
    for (const Permit &permit : std::as_const(permits))
        if (inScope(permit))
            rows.append(permit.summary);
    return rows;
}

} // namespace uo
