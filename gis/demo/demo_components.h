#pragma once

#include "gis/demo/demo_options.h"
#include "gis/demo/demo_people.h"
#include "gis/demo/district_frame.h"
#include "gis/demo/road_network.h"

namespace uo::sql {
class Database;
}

namespace uo::demo {

// Places `count` components in realistic class proportions — covers, lamps, poles, trees, signs and
// bins along the roads, the rest inside the blocks — and writes them with unique 16-digit identifiers
// and every standard attribute. Rows are written in spatial order, so that a map view reads few pages.
qint64 writeComponents(sql::Database &db, const DistrictFrame &frame, const RoadNetwork &network,
                       const DemoEntities &entities, const DemoOptions &options, const QString &countyCode,
                       int srid, qint64 count, Random random, const Geos &geos);

} // namespace uo::demo
