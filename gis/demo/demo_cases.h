#pragma once

#include "gis/demo/demo_options.h"
#include "gis/demo/district_frame.h"
#include "gis/demo/road_network.h"

namespace uo {
class DistrictStore;
}

namespace uo::demo {

// A year of the bureau's cases (2024: 27,120 found by video alone, more than 50 a day) at scale 1.
constexpr int kCases = 27500;

struct DemoCases
{
    qint64 cases = 0, open = 0, overdue = 0, reopened = 0, alerts = 0;
};

// The alerts the monitoring rules find in the risk records, stored as the district's alerts (exactly
// those: RiskMonitor decides, not the demo), then a year of cases up to the reference day: near the
// roads, and a few in every street and town the roads do not reach, in believable proportions of the event
// classes and sources, each taken through the closed loop with its history (accepted, dispatched where the
// dispatch rules say, handled, reported back, verified, closed by one of the three routes in about the
// bureau's 70/20/10), a few handled late, a few reopened, the last days' still open; and a sensor case for
// each alert.
DemoCases writeCases(DistrictStore &store, const DistrictFrame &frame, const RoadNetwork &network,
                     const DemoOptions &options, int count, Random random);

} // namespace uo::demo
