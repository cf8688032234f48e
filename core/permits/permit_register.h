#pragma once

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
// and where it digs: the roads and managed segments within the rules' road reach, and the street
// (街道) whose area holds it.
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
};

class PermitRegister
{
public:
    // Every permit, newest start first; with `permitId`, only that one (empty when there is none).
    static QList<PermitSummary> list(DistrictStore &store, qint64 permitId = 0);
    // The same on a bare connection (a worker thread's), with the road reach of the district's rules.
    static QList<PermitSummary> list(sql::Database &db, double roadReachM, qint64 permitId = 0);
    static PermitSummary one(DistrictStore &store, qint64 permitId);
};

} // namespace uo
