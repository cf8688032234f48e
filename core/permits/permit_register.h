#pragma once

#include "core/permits/nodig_calendar.h"
#include "core/permits/permit_review.h"
#include "core/permits/permit_rules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;
namespace sql {
class Database;
}

// One line of the permit register: the permit's own fields that the register shows and filters on,
// where it digs (the roads and managed segments within the rules' road reach, and the street (街道)
// whose area holds it) and the outcome of its checks with the reasons of the failed ones and the
// warnings, as the review finds them.
struct PermitSummary
{
    qint64 id = 0;
    QString permitNo, applicant, location, utility, workType, status, jointGroup;
    QDate start, end;
    double areaM2 = 0;
    bool emergency = false;
    QList<qint64> roadIds, segmentIds;
    QStringList roadNames, segmentNames;
    QString streetCode, streetName;
    PermitFinding::Outcome outcome = PermitFinding::Pass; // Pass, Warn or Fail
    QStringList reasons;
};

// What the register is read with: the district's rules and calendar, read where the store is.
struct RegisterRules
{
    PermitRules rules;
    QList<NoDigPeriod> calendar;
    bool hasCalendar = true;
    QDate today = QDate::currentDate();

    static RegisterRules load(DistrictStore &store, QDate today = QDate::currentDate());
};

// The permit register. Every permit is checked by the review's rules (PermitVerdict) on facts gathered
// in memory: the district's permits, roads, segments, streets and risk points are read once, decoded,
// and put in grids, and distances are measured with geometry_distance as the review measures them, so
// that both come to the same outcome. Only the components to protect are left out: they never block
// or warn, and the review lists them.
class PermitRegister
{
public:
    // Every permit, newest start first; with `permitId`, only that one (empty when there is none).
    static QList<PermitSummary> list(DistrictStore &store, qint64 permitId = 0);
    // The same on a bare connection (a worker thread's), with rules read beforehand.
    static QList<PermitSummary> list(DistrictStore &store, const RegisterRules &rules, qint64 permitId = 0);
    static PermitSummary one(DistrictStore &store, qint64 permitId);
    // Every permit's number, the newest filed first: what a choice of permit offers.
    static QStringList numbers(DistrictStore &store);
};

} // namespace uo
