#pragma once

namespace uo {

// Every check of a permit review, in the order the review lists them. Code names a rule by this;
// its words are PermitLabels::rule(), the key of its switch in the store PermitRules::switchKey().
enum class PermitRule
{
    NoDigPeriod,     // roads built, rebuilt or repaired not long ago
    Conflicts,       // other permits in the same place at the same time
    SameUtility,     // the same kind of pipeline dug in the same segments lately
    Calendar,        // the no-dig calendar: holidays, events, seasons
    RiskPoints,      // risk points near the dig
    Components,      // components in the dug area
    Segments,        // the managed segments and chiefs the dig touches
    TrenchLimits,    // trench length and area
    EmergencyFiling, // an emergency repair filed by its deadline
};

} // namespace uo
