#pragma once

#include "core/permits/permit_review.h"
#include "core/store/geometry_blob.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace uo {

class DistrictStore;

// What the map draws while a permit is reviewed, read once when the permit is chosen: its dug area,
// the other permits on the roads it touches with their dates, the roads around it with their no-dig
// state, and the geometry of every feature a finding names, so that clicking a finding highlights it.
struct PermitScene
{
    struct OtherPermit
    {
        qint64 id = 0;
        QString permitNo, status;
        QDate start, end;
        Geometry area;
    };
    struct Road
    {
        qint64 id = 0;
        QString name;
        Geometry line;
        bool touched = false; // within the road reach of the dug area
        bool noDig = false;   // in its no-dig period on the permit's start date
    };

    qint64 permitId = 0;
    QString permitNo;
    QDate start, end;
    Geometry area;
    QRectF bounds; // of the dug area
    QList<OtherPermit> others;
    QList<Road> roads;
    // Findings' features: layer -> id -> geometry (roads, permits, risk points, components, segments).
    QMap<Layer, QHash<qint64, Geometry>> features;
    QHash<qint64, QString> riskLevels;

    bool isEmpty() const { return permitId == 0; }

    // `surroundM`: how far around the dug area roads are drawn for context.
    static PermitScene load(DistrictStore &store, const PermitReviewResult &review, double surroundM = 150);
};

} // namespace uo
