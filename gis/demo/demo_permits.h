#pragma once

#include "gis/demo/demo_options.h"
#include "gis/demo/road_network.h"

namespace uo {
class DistrictStore;
}

namespace uo::demo {

// Excavation ("road zipper") permits in every workflow state with their history (who, when and why, and
// each decision's disposition route): trenches along the roads, some overlapping others in place and
// time (candidates for joint excavation), some on roads still in their no-dig period, emergency repairs
// filed after the fact.
void writePermits(DistrictStore &store, const RoadNetwork &network, const DemoOptions &options, int srid,
                  int count, Random random);

} // namespace uo::demo
