#pragma once

#include "core/permits/permit_statistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;

// Counts for one street (or the whole district when `streetCode` is empty) in a period.
struct CaseCounts
{
    QString streetCode, streetName;
    int reported = 0;     // reported in the period
    int closed = 0;       // closed in the period
    int closedOnTime = 0; // of those, handled within the class's time limit (按期处置)
    int open = 0;         // reported in the period and still open
    int overdue = 0;      // of those, past their time limit now
    double onTimeRate() const { return closed > 0 ? double(closedOnTime) / closed : 0.0; }
};

// Cases of one major class reported in the period.
struct ClassCount
{
    QString code, name;
    int reported = 0;
    int tracked = 0; // of those, in the classes the bureau tracks
};

// The 70/20/10 split and the district's figures. A case counts once, by its state now: a closed case
// counts in the period it was (last) closed, with the route recorded when it was closed.
class CaseStatistics
{
    Q_DECLARE_TR_FUNCTIONS(uo::CaseStatistics)

public:
    // The three routes in their fixed order (as PermitStatistics gives them), with the cases closed on
    // the local days [from, to]; `decisions` counts cases here.
    static QList<RouteShare> routeShares(DistrictStore &store, QDate from, QDate to);
    // Per street, most reported first, then the district's total as the last row (empty street code).
    static QList<CaseCounts> byStreet(DistrictStore &store, QDate from, QDate to,
                                      const QDateTime &now = QDateTime::currentDateTime());
    // Per major event class, most reported first.
    static QList<ClassCount> byMajorClass(DistrictStore &store, QDate from, QDate to);
};

} // namespace uo
