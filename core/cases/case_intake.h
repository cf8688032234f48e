#pragma once

#include "core/cases/case_workflow.h"
#include "core/store/geometry_blob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointF>
#include <QString>
#include <optional>

namespace uo {

class DistrictStore;
namespace sql {
class Database;
}

// A problem as it is reported: where (a point, and an area when it covers one), what (an event class),
// how it was found, what was seen, photo files (paths, one a line), by whom and when.
struct NewCase
{
    QString classCode;
    QString source = QStringLiteral("patrol");
    QString description, photos, reporter;
    QPointF point;
    std::optional<Geometry> area; // in the store CRS
    QDateTime reportedAt = QDateTime::currentDateTime();
    qint64 riskId = 0; // the risk point a sensor alert is about
    QString caseNo;    // empty: the next number of the reporting day
};

// Takes a problem in as a case: checks it, numbers it (AJ + day + serial: AJ20261101-0001), fills in
// from its place the grid cell, community, street, road segment and chief, nearest component and its
// responsible entity (CasePlace), writes it as `collected` with the first line of its history, all in
// one transaction, audited.
class CaseIntake
{
    Q_DECLARE_TR_FUNCTIONS(uo::CaseIntake)

public:
    // Returns the new case's id. Throws RequestError naming what is wrong (an unknown or major
    // class, an unknown source, a point outside the district, an area that is not a polygon).
    static qint64 create(DistrictStore &store, const NewCase &newCase, const CaseActor &actor = {});
    // The next free number of `day`, inside the caller's write transaction, which then holds the
    // numbering until it ends: a second workstation numbering meanwhile counts after this one's commit.
    static QString nextNumber(DistrictStore &store, QDate day);
    // Fills in the place columns of the cases `ids` (rows written by an import or the demo); returns how
    // many it filled.
    static qint64 fillPlaces(DistrictStore &store, const QList<qint64> &ids);

    // For cases a file brings in, inside the caller's transaction, by the ids their rows were given (on a
    // server the id sequence's, so not consecutive, and other workstations' new cases may lie between).
    // Those whose class is not an event class of the district, as (position among them from 1, class).
    static QList<QPair<qint64, QString>> unknownClasses(DistrictStore &store, const QList<qint64> &ids);
    // Completes them: their places, and a history that says where each came in (`note`, as
    // "collected"; a case further along the loop also steps to its state, noted `laterNote`).
    static void completeImported(DistrictStore &store, const QList<qint64> &ids, const QString &note,
                                 const QString &laterNote);
};

} // namespace uo
