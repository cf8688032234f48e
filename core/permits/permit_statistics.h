#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;
namespace sql {
class Database;
}

// How often each road is dug, and how the bureau's decisions were disposed of. A permit counts as a
// dig of a road when it was approved or went further (works started, restored, accepted), it starts in
// the period, and its area lies within the rules' road reach of the road's centreline (the same test the
// review uses, geometry_distance). Rejected, returned and pending applications are not digs.
struct RoadDigCount
{
    qint64 roadId = 0;
    QString code, name;
    double lengthM = 0;
    int digs = 0;
    double perKmPerYear = 0; // digs / length in km / years of the period
    QList<qint64> permitIds;
};

// One disposition route's share of the decisions (approved, rejected, returned for joint excavation)
// recorded in the period, next to the bureau's target.
struct RouteShare
{
    QString route; // online, coordination, joint_enforcement
    int decisions = 0;
    double share = 0;  // of the decisions with a route, 0..1
    double target = 0; // 0.7, 0.2, 0.1
};

// A dig on one of the roads of a timeline: every permit on the road that is not rejected.
struct RoadDig
{
    qint64 roadId = 0;
    qint64 permitId = 0;
    QString permitNo, utility, status;
    QDate start, end;
    bool past = false; // works started, restored or accepted: the road was opened
};

class PermitStatistics
{
    Q_DECLARE_TR_FUNCTIONS(uo::PermitStatistics)

public:
    // Every road with its digs in [from, to], the most dug first (then by digs per km and year).
    static QList<RoadDigCount> digsPerRoad(DistrictStore &store, QDate from, QDate to);
    // The first `limit` roads of digsPerRoad() that were dug at all.
    static QList<RoadDigCount> mostDug(DistrictStore &store, QDate from, QDate to, int limit);
    // The three routes in their fixed order, with the decisions whose step time falls in [from, to].
    static QList<RouteShare> routeShares(DistrictStore &store, QDate from, QDate to);
    static double routeTarget(const QString &route);

    // The roads the permit's area lies on (within the road reach), nearest first.
    static QList<qint64> roadsOf(DistrictStore &store, qint64 permitId);
    // Every permit on these roads that is not rejected, by road then start date.
    static QList<RoadDig> timeline(DistrictStore &store, const QList<qint64> &roadIds);
    // How many times the road was opened (works started or later) with a start in the `years` years
    // up to `today`.
    static int openedCount(const QList<RoadDig> &timeline, qint64 roadId, int years, QDate today);
};

} // namespace uo
