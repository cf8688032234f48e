#pragma once

#include <QPointF>
#include <QString>

namespace uo {

class DistrictStore;

// What a case's place tells about it, found through the spatial indexes when the case is made: the
// unit grid cell holding it with the cell's community and street (the street's own area where no cell
// holds it), the nearest road segment within `kSegmentReachM` with its chief, and the nearest component
// within `kComponentReachM` with its responsible entity (maintainer, else owner, else department).
struct CasePlace
{
    static constexpr double kSegmentReachM = 50;
    static constexpr double kComponentReachM = 30;

    QString gridCode, communityCode, streetCode;
    qint64 segmentId = 0, chiefId = 0, componentId = 0, entityId = 0;

    static CasePlace at(DistrictStore &store, QPointF point);
};

} // namespace uo
