#pragma once

#include "demo_random.h"
#include "district_frame.h"

#include <QList>
#include <QString>

namespace uo::sql {
class Database;
}

namespace uo::demo {

// Responsible entities (departments, utilities and contractors, Party branches, communities) and
// the roster of people who work the segments.
struct DemoEntities
{
    QList<qint64> departments; // entity ids
    QList<qint64> utilities;   // companies owning pipes and cables
    QList<qint64> contractors; // maintenance companies
    QList<qint64> partyBranches;
    QHash<QString, qint64> byName;
};

struct DemoPeople
{
    QList<qint64> officers, municipal, greening, sanitation;
};

DemoEntities writeEntities(sql::Database &db, const DistrictFrame &frame, Random random);
DemoPeople writePeople(sql::Database &db, const DistrictFrame &frame, Random random);

// A plausible Chinese personal name.
QString personName(Random &random);

} // namespace uo::demo
