#pragma once

#include "core/permits/permit_rule.h"

#include <QMap>
#include <QString>

namespace uo {

class DistrictStore;

// The bureau's excavation rules with their switches and parameters, kept in the district store
// (table permit_rules) so that every workstation reviews by the same rules. Defaults follow the
// national regulation (城市道路管理条例 art. 33) and Chongqing's practice.
struct PermitRules
{
    bool noDigPeriod = true;
    int newRoadYears = 5;     // after a road is built, extended or rebuilt
    int majorRepairYears = 3; // after a major repair (大修)
    bool conflicts = true;    // other permits in the same place and time: propose joint excavation
    double conflictDistanceM = 20;
    bool sameUtility = true; // the same kind of pipeline in the same segment
    int sameUtilityYears = 3;
    bool calendar = true; // holidays, citywide events and seasonal no-dig periods
    bool riskPoints = true;
    double riskBufferM = 50;
    bool components = true; // covers and poles in the way
    double componentBufferM = 2;
    bool segments = true;   // which segments and chiefs the dig touches
    double roadReachM = 15; // how far from a centreline a dig still lies on that road
    bool trenchLimits = true;
    double maxTrenchM = 200;
    double maxAreaM2 = 600;

    // The key a rule's switch is stored under in the table permit_rules; null for a rule that has
    // none (an emergency repair's filing is always checked).
    static const char *switchKey(PermitRule rule);

    static PermitRules load(DistrictStore &store);
    // Every field by its key in the store, as the store keeps it (text).
    QMap<QString, QString> values() const;
    void save(DistrictStore &store) const;
};

} // namespace uo
