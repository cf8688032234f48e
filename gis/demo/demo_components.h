#pragma once

#include "gis/demo/demo_options.h"
#include "gis/demo/demo_people.h"
#include "gis/demo/district_frame.h"
#include "gis/demo/road_network.h"

#include <QList>
#include <QStringList>

namespace uo {
class DistrictStore;
}

namespace uo::demo {

// How many components of each class (in the order of componentClasses()) make `total`: realistic
// proportions, exact counts by largest remainders. No class gets more than `mostPerClass`; what a
// class cannot take goes to the others in their proportions.
QList<qint64> componentClassCounts(qint64 total, qint64 mostPerClass);
// The 2013 class codes the demo places, covers, lamps, poles, trees, signs and bins first among them.
QStringList componentClasses();

// Places `count` components in realistic class proportions — covers, lamps, poles, trees, signs and
// bins along the roads, the rest inside the blocks — and writes them with unique identifiers and every
// standard attribute: 16 digits while a class has serials left (999,999), then the 17 digits of the
// same class in the 2026 scheme, so that up to 2 million of a class fit (street trees at scale 10
// would need 2.7 million: the rest goes to other classes). Rows are written in spatial order, so that
// a map view reads few pages.
qint64 writeComponents(DistrictStore &store, const DistrictFrame &frame, const RoadNetwork &network,
                       const DemoEntities &entities, const DemoOptions &options, const QString &countyCode,
                       int srid, qint64 count, Random random, const Geos &geos);

} // namespace uo::demo
