#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

namespace uo {

class DistrictStore;

// One line of the case register, with the names of what its keys point at, ready to list.
struct CaseSummary
{
    qint64 id = 0;
    QString caseNo, classCode, className, majorName, source, state, description, reporter;
    bool tracked = false;
    QDateTime reportedAt, dueAt, handledAt, closedAt;
    QString gridCode, streetCode, streetName, communityCode, communityName, segmentName, chiefName;
    qint64 segmentId = 0, chiefId = 0, componentId = 0, riskId = 0;
    QString level, unit, unitName, route;
    int reopened = 0;
    QPointF point;
    bool overdue = false;     // open and past its time limit
    bool handledLate = false; // handled after its time limit
};

// Which cases a list holds; every field left empty or 0 lets all through.
struct CaseFilter
{
    QString state; // a state key, or "open" for every state but closed and rejected
    QString streetCode;
    bool overdueOnly = false;
    QDate reportedFrom, reportedTo; // the local days the cases were reported on
    qint64 caseId = 0, segmentId = 0, chiefId = 0, componentId = 0, riskId = 0;
    QList<qint64> segmentIds; // any of these segments
};

class CaseRegister
{
public:
    // The cases of the filter, newest first, with lateness as of `now`. One query and a few name
    // lookups kept per connection: fit for a worker thread's connection.
    static QList<CaseSummary> list(DistrictStore &store, const CaseFilter &filter = {},
                                   const QDateTime &now = QDateTime::currentDateTime());
    static CaseSummary one(DistrictStore &store, qint64 caseId,
                           const QDateTime &now = QDateTime::currentDateTime());
    // Open and past `due` as of `now`.
    static bool isOverdue(const QString &state, const QDateTime &due, const QDateTime &now);
};

// One step of a case's history, as its timeline shows it.
struct CaseHistoryStep
{
    QDateTime time;
    QString operatorName, from, to, note, level, unit, unitName, route;
};

class CaseHistory
{
public:
    static QList<CaseHistoryStep> of(DistrictStore &store, qint64 caseId);
};

} // namespace uo
