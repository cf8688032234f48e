#pragma once

#include "gis/demo/demo_random.h"
#include "gis/demo/district_frame.h"

#include <QHash>
#include <QList>
#include <QString>

namespace uo {
class DistrictStore;
}

namespace uo::demo {

// Responsible entities (departments, utilities and contractors, Party branches, communities) and
// the roster of people who work the segments.
struct DemoEntities
{
    QList<qint64> departments;                   // entity ids
    QList<qint64> utilities;                     // companies owning pipes and cables
    QList<qint64> contractors;                   // maintenance companies
    QHash<QString, QList<qint64>> partyBranches; // street code -> ids
    QHash<QString, qint64> byName;
};

// People by trade and by the street whose team they belong to.
struct DemoPeople
{
    QHash<QString, QList<qint64>> officers, municipal, greening, sanitation; // street code -> ids
};

DemoEntities writeEntities(DistrictStore &store, const DistrictFrame &frame, Random random);
// Each street's team is sized by the segments it has to staff: an officer per segment (a few take
// two) and collaborators from each trade.
DemoPeople writePeople(DistrictStore &store, const DistrictFrame &frame,
                       const QHash<QString, int> &segmentsPerStreet, Random random);

// A plausible Chinese personal name.
QString personName(Random &random);

} // namespace uo::demo
