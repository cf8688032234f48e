#pragma once

#include "core/permits/nodig_calendar.h"
#include "core/permits/permit_review.h"
#include "core/permits/permit_rules.h"

#include <QDate>
#include <QList>
#include <QString>

namespace uo {

// Everything the rules look at for one permit: its own fields and what lies around it, gathered by
// the review (one permit, through the spatial index) or by the register (every permit at once, in
// memory). Lists are in id order; "near" means within the rule's distance of the dug area
// (geometry_distance), so both find the same features, at the limit too.
struct PermitFacts
{
    struct Road
    {
        qint64 id = 0;
        QString name;
        QDate built, rebuilt, majorRepair; // null when unknown
    };
    struct OtherPermit
    {
        qint64 id = 0;
        QString permitNo;
        QDate start, end;
    };
    struct Segment
    {
        qint64 id = 0;
        QString name, chief; // chief empty: none
    };
    struct Feature
    {
        qint64 id = 0;
        QString name, level; // level: of a risk point
    };

    qint64 id = 0;
    QString permitNo, status, utility;
    QDate start, end;
    bool emergency = false;
    QString specialApproval, filingDeadline, issued;
    double trenchM = 0, areaM2 = 0;

    QList<Road> roads;              // within the road reach
    QList<OtherPermit> conflicts;   // under review, approved or dug now, within the conflict distance
                                    // and overlapping in time; by start date
    QList<Segment> segments;        // within the road reach
    QList<OtherPermit> sameUtility; // of the same utility, dug in those segments in the last years; by start
    QList<NoDigPeriod> calendar;    // periods the works meet; by start date
    bool hasCalendar = true;        // whether the district keeps a no-dig calendar
    QList<Feature> riskPoints;      // within the risk buffer
    QList<Feature> components;      // within the component buffer; empty when not gathered
    bool componentsGathered = true; // the register leaves them out: they never block or warn
};

// The rules' verdicts on gathered facts: the one place where a finding's outcome and words are
// decided, for the review and the register alike.
class PermitVerdict
{
    Q_DECLARE_TR_FUNCTIONS(uo::PermitReview)

public:
    // What the findings say: every message, or only the reasons (of the failed checks and warnings),
    // the others' messages left empty, as the register needs them.
    enum class Words
    {
        All,
        Reasons
    };
    static PermitReviewResult judge(const PermitFacts &facts, const PermitRules &rules, QDate today,
                                    Words words = Words::All);
    // Whether a permit of this status digs or may dig soon (under review, approved, works started):
    // what another permit can conflict with.
    static bool isOpen(const QString &status);
    // Whether a permit of this status was allowed to dig: what counts for the same-utility rule.
    static bool wasDug(const QString &status);
    // Whether another permit, open or not, dug from `start` to `end`, conflicts with `facts` in time
    // (distance aside).
    static bool conflictsInTime(const PermitFacts &facts, bool open, QDate start, QDate end);
    // The first day a dig of the same utility still counts against `facts`.
    static QDate sameUtilitySince(const PermitFacts &facts, const PermitRules &rules);
    // Whether another permit of `utility`, dug or not, from `start` to `end` counts against `facts`
    // under the same-utility rule (place aside). Called for every pair of the register: kept cheap.
    static bool countsForSameUtility(const PermitFacts &facts, QDate since, const QString &utility, bool dug,
                                     QDate start, QDate end)
    {
        return dug && utility == facts.utility && start <= facts.start && end >= since;
    }
    // Other permits in the order the review lists them: by start date, then id.
    static void sortByStart(QList<PermitFacts::OtherPermit> &permits);
    // Whether a calendar period stops works of `facts`.
    static bool meetsCalendar(const PermitFacts &facts, const NoDigPeriod &period);
};

} // namespace uo
