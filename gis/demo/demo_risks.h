#pragma once

#include "gis/demo/demo_options.h"
#include "gis/demo/demo_people.h"
#include "gis/demo/district_frame.h"
#include "gis/demo/road_network.h"

namespace uo {
class DistrictStore;
}

namespace uo::demo {

// Risk points in the four levels with their records: septic tanks with methane readings every six
// hours (a reading above 60 % is followed an hour later by another after forced ventilation; whether
// that makes an alert is for the monitoring rules to say), the other kinds with monthly inspections.
// Returns the number of records written.
qint64 writeRiskPoints(DistrictStore &store, const DistrictFrame &frame, const RoadNetwork &network,
                       const DemoEntities &entities, const DemoOptions &options, int srid, int count,
                       Random random);

// Shops and street stalls of the "门前三包" ledger, along the busier roads.
void writeShops(DistrictStore &store, const DistrictFrame &frame, const RoadNetwork &network, int srid,
                int count, Random random);

} // namespace uo::demo
