#include "core/permits/permit_review.h"

#include "core/permits/permit_labels.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "core/catalogue/code_lists.h"

#include <QMap>

namespace uo {

namespace {

struct Permit
{
    qint64 id;
    QString no, status, utility;
    QDate start, end;
    bool emergency;
    QString specialApproval, filingDeadline, issued;
    double trench, area;
};

// The ids and a text per row of a query whose first column is an id.
struct Rows
{
    QList<qint64> ids;
    QStringList texts;
};

// Features of `table` within `distance` of the permit's area, through the spatial index.
QByteArray nearSql(const char *table, const QByteArray &columns, const QByteArray &extraWhere = QByteArray())
{
    return "SELECT " + columns + " FROM \"" + table +
           "\" f, permits p WHERE p.id = :permit AND f.ROWID IN "
           "(SELECT ROWID FROM SpatialIndex WHERE f_table_name = '" +
           table +
           "' AND search_frame = ST_Buffer(p.geom, :d)) "
           "AND ST_Distance(f.geom, p.geom) <= :d " +
           extraWhere;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

bool PermitReviewResult::blocked() const
{
    for (const PermitFinding &f : findings)
        if (f.outcome == PermitFinding::Fail)
            return true;
    return false;
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
        throw StoreError(StoreError::Kind::Invalid, tr("There is no permit numbered %1.").arg(permitNo));
    return run(store, st.int64(0), today);
}

PermitReviewResult PermitReview::run(DistrictStore &store, qint64 permitId, QDate today)
{
    sql::Database &db = store.db();
    auto row = db.prepare(
        "SELECT id, permit_no, status, utility_type, start_date, end_date, emergency, "
        "coalesce(special_approval, ''), coalesce(filing_deadline, ''), coalesce(issued_date, ''), "
        "coalesce(trench_length_m, 0), area_m2 FROM permits WHERE id = ?");
    row.bind(1, permitId);
    if (!row.step())
        throw StoreError(StoreError::Kind::Invalid, tr("There is no permit %1.").arg(permitId));
    const Permit p{row.int64(0),
                   row.text(1),
                   row.text(2),
                   row.text(3),
                   QDate::fromString(row.text(4), Qt::ISODate),
                   QDate::fromString(row.text(5), Qt::ISODate),
                   row.int64(6) != 0,
                   row.text(7),
                   row.text(8),
                   row.text(9),
                   row.real(10),
                   row.real(11)};
    const PermitRules rules = PermitRules::load(store);
    PermitReviewResult result{p.id, p.no, {}, {}};
    auto add = [&result](const char *rule, PermitFinding::Outcome outcome, const QString &message,
                         const char *table = "", const QList<qint64> &ids = {}) {
        result.findings.append({QLatin1String(rule), outcome, message, QLatin1String(table), ids});
    };
    auto query = [&db, &p](const QByteArray &sql, double distance, auto &&bindMore) {
        auto st = db.prepare(sql);
        st.bind(1, p.id);
        st.bind(2, distance);
        bindMore(st);
        return st;
    };
    auto none = [](sql::Statement &) {};

    // 1. No-dig period of every road the dig lies on.
    if (rules.noDigPeriod) {
        auto st =
            query(nearSql("roads", "f.id, f.name, coalesce(f.opened_date, ''), coalesce(f.rebuilt_date, ''), "
                                   "coalesce(f.major_repair_date, '')"),
                  rules.roadReachM, none);
        QList<qint64> ids;
        QStringList reasons;
        while (st.step()) {
            const QDate built = std::max(QDate::fromString(st.text(2), Qt::ISODate),
                                         QDate::fromString(st.text(3), Qt::ISODate));
            const QDate repaired = QDate::fromString(st.text(4), Qt::ISODate);
            // "Less than N years before the start": the period ends on the same day N years later.
            if (built.isValid() && p.start < built.addYears(rules.newRoadYears)) {
                ids.append(st.int64(0));
                reasons.append(
                    tr("%1 was built or rebuilt on %2 and may not be dug before %3")
                        .arg(st.text(1), isoDate(built), isoDate(built.addYears(rules.newRoadYears))));
            } else if (repaired.isValid() && p.start < repaired.addYears(rules.majorRepairYears)) {
                ids.append(st.int64(0));
                reasons.append(tr("%1 had a major repair on %2 and may not be dug before %3")
                                   .arg(st.text(1), isoDate(repaired),
                                        isoDate(repaired.addYears(rules.majorRepairYears))));
            }
        }
        if (ids.isEmpty())
            add("no_dig_period", PermitFinding::Pass, tr("No touched road is in its no-dig period."));
        else if (!p.specialApproval.isEmpty())
            add("no_dig_period", PermitFinding::Warn,
                tr("%1; allowed by special approval %2.").arg(reasons.join(tr("; ")), p.specialApproval),
                "roads", ids);
        else
            add("no_dig_period", PermitFinding::Fail, tr("%1.").arg(reasons.join(tr("; "))), "roads", ids);
    }

    // 2. Other permits under review or approved, in the same place at the same time.
    if (rules.conflicts) {
        auto st = query(
            nearSql("permits", "f.id, f.permit_no, f.start_date, f.end_date",
                    "AND f.id != p.id AND f.status IN ('under_review', 'approved', 'works_started') "
                    "AND f.start_date <= p.end_date AND p.start_date <= f.end_date ORDER BY f.start_date"),
            rules.conflictDistanceM, none);
        Rows rows;
        while (st.step()) {
            rows.ids.append(st.int64(0));
            rows.texts.append(tr("%1 (%2 to %3)").arg(st.text(1), st.text(2), st.text(3)));
        }
        if (rows.ids.isEmpty()) {
            add("conflicts", PermitFinding::Pass, tr("No other permit digs here at the same time."));
        } else {
            result.proposedJointGroup = QStringLiteral("JG-%1-%2").arg(p.start.year()).arg(p.id);
            add("conflicts", PermitFinding::Warn,
                tr("%n other permit(s) dig here at the same time: %1. Propose joint excavation group %2.",
                   nullptr, int(rows.ids.size()))
                    .arg(rows.texts.join(tr(", ")), result.proposedJointGroup),
                "permits", rows.ids);
        }
    }

    // The segments the dig touches, for rules 3 and 6.
    QList<qint64> segmentIds;
    QStringList segmentTexts;
    {
        auto st = query(nearSql("road_segments", "f.id, f.name, coalesce(c.name, '')")
                            .replace("FROM \"road_segments\" f,",
                                     "FROM \"road_segments\" f LEFT JOIN people c ON c.id = f.chief_id,"),
                        rules.roadReachM, none);
        while (st.step()) {
            segmentIds.append(st.int64(0));
            segmentTexts.append(st.text(2).isEmpty() ? tr("%1 (no chief)").arg(st.text(1))
                                                     : tr("%1, chief %2").arg(st.text(1), st.text(2)));
        }
    }

    // 3. The same kind of pipeline dug in the same segment within the last years.
    if (rules.sameUtility && !segmentIds.isEmpty()) {
        QByteArray list;
        for (qint64 id : segmentIds)
            list += (list.isEmpty() ? "" : ",") + QByteArray::number(id);
        auto st = db.prepare(
            "SELECT DISTINCT q.id, q.permit_no, q.start_date FROM permits q, road_segments s, permits p "
            "WHERE p.id = ? AND s.id IN (" +
            list +
            ") AND q.id != p.id AND q.utility_type = p.utility_type "
            "AND q.status NOT IN ('submitted', 'under_review', 'rejected', 'returned_joint') "
            "AND q.start_date <= p.start_date AND q.end_date >= date(p.start_date, ?) "
            "AND q.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'permits' "
            "  AND search_frame = ST_Buffer(s.geom, ?)) AND ST_Distance(q.geom, s.geom) <= ? ORDER BY "
            "q.start_date");
        st.bind(1, p.id).bind(2, QStringLiteral("-%1 years").arg(rules.sameUtilityYears));
        st.bind(3, rules.roadReachM).bind(4, rules.roadReachM);
        Rows rows;
        while (st.step()) {
            rows.ids.append(st.int64(0));
            rows.texts.append(tr("%1 from %2").arg(st.text(1), st.text(2)));
        }
        if (rows.ids.isEmpty())
            add("same_utility", PermitFinding::Pass,
                tr("No dig of the same utility (%1) in these segments in the last %2 years.")
                    .arg(PermitLabels::utility(p.utility))
                    .arg(rules.sameUtilityYears));
        else
            add("same_utility", PermitFinding::Fail,
                tr("The same kind of pipeline (%1) was dug in these segments within %2 years: %3.")
                    .arg(PermitLabels::utility(p.utility))
                    .arg(rules.sameUtilityYears)
                    .arg(rows.texts.join(tr(", "))),
                "permits", rows.ids);
    }

    // 4. The no-dig calendar: no new digging starts on holidays or during events; seasons close a period.
    if (rules.calendar && store.hasTable(QStringLiteral("nodig_calendar"))) {
        auto st = db.prepare("SELECT id, name, kind, start_date, end_date FROM nodig_calendar WHERE "
                             "(kind IN ('holiday', 'event') AND ? BETWEEN start_date AND end_date) OR "
                             "(kind = 'season' AND start_date <= ? AND ? <= end_date) ORDER BY start_date");
        st.bind(1, isoDate(p.start)).bind(2, isoDate(p.end)).bind(3, isoDate(p.start));
        Rows rows;
        while (st.step()) {
            rows.ids.append(st.int64(0));
            rows.texts.append(tr("%1 (%2 to %3)").arg(st.text(1), st.text(3), st.text(4)));
        }
        if (rows.ids.isEmpty())
            add("calendar", PermitFinding::Pass, tr("The works fall in no no-dig period of the calendar."));
        else
            add("calendar", p.emergency ? PermitFinding::Warn : PermitFinding::Fail,
                tr("The works meet the no-dig calendar: %1.").arg(rows.texts.join(tr(", "))),
                "nodig_calendar", rows.ids);
    }

    // 5. Risk points near the dig and components in its way.
    if (rules.riskPoints) {
        auto st = query(nearSql("risk_points", "f.id, f.name, f.level"), rules.riskBufferM, none);
        Rows rows;
        bool serious = false;
        while (st.step()) {
            rows.ids.append(st.int64(0));
            rows.texts.append(tr("%1 (%2)").arg(st.text(1), CodeLists::word(QStringLiteral("risk_points"), QStringLiteral("level"), st.text(2))));
            serious = serious || st.text(2) == QLatin1String("red") || st.text(2) == QLatin1String("orange");
        }
        add("risk_points",
            rows.ids.isEmpty() ? PermitFinding::Pass
            : serious          ? PermitFinding::Warn
                               : PermitFinding::Info,
            rows.ids.isEmpty() ? tr("No risk point within %1 m.").arg(rules.riskBufferM)
                               : tr("%n risk point(s) within %1 m: %2.", nullptr, int(rows.ids.size()))
                                     .arg(rules.riskBufferM)
                                     .arg(rows.texts.join(tr(", "))),
            "risk_points", rows.ids);
    }
    if (rules.components) {
        auto st = query(nearSql("components", "f.id, f.name"), rules.componentBufferM, none);
        QList<qint64> ids;
        QMap<QString, int> byClass;
        while (st.step()) {
            ids.append(st.int64(0));
            ++byClass[st.text(1)];
        }
        QStringList parts;
        for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
            parts.append(QStringLiteral("%1 × %2").arg(it.key()).arg(it.value()));
        add("components", ids.isEmpty() ? PermitFinding::Pass : PermitFinding::Info,
            ids.isEmpty() ? tr("No component lies in the dug area.")
                          : tr("%n component(s) to protect in the dug area: %1.", nullptr, int(ids.size()))
                                .arg(parts.join(tr(", "))),
            "components", ids);
    }

    // 6. Who owns the road there.
    if (rules.segments)
        add("segments", segmentIds.isEmpty() ? PermitFinding::Warn : PermitFinding::Info,
            segmentIds.isEmpty() ? tr("The dig touches no managed segment.")
                                 : tr("Touches %1.").arg(segmentTexts.join(tr("; "))),
            "road_segments", segmentIds);

    // 7. Trench length and area.
    if (rules.trenchLimits) {
        QStringList over;
        if (p.trench > rules.maxTrenchM)
            over.append(tr("trench %1 m is longer than %2 m").arg(p.trench).arg(rules.maxTrenchM));
        if (p.area > rules.maxAreaM2)
            over.append(tr("area %1 m² is larger than %2 m²").arg(p.area).arg(rules.maxAreaM2));
        add("trench_limits", over.isEmpty() ? PermitFinding::Pass : PermitFinding::Fail,
            over.isEmpty() ? tr("Trench %1 m and area %2 m² are within the limits.").arg(p.trench).arg(p.area)
                           : tr("%1.").arg(over.join(tr("; "))));
    }

    // Emergency repairs dig first and must be filed by their deadline.
    if (p.emergency) {
        const QDate deadline = QDate::fromString(p.filingDeadline, Qt::ISODate);
        const bool overdue = p.issued.isEmpty() && deadline.isValid() && deadline < today;
        add("emergency_filing", overdue ? PermitFinding::Fail : PermitFinding::Info,
            overdue ? tr("Emergency repair not filed by its deadline %1.").arg(p.filingDeadline)
                    : tr("Emergency repair; filing deadline %1.").arg(p.filingDeadline));
    }
    return result;
}

} // namespace uo
