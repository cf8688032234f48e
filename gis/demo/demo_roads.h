#pragma once

#include "gis/demo/demo_people.h"
#include "gis/demo/road_network.h"

namespace uo {
class DistrictStore;
}

namespace uo::demo {

// A managed piece of a road, by distance along its centreline.
struct PlannedSegment
{
    int road;
    double from, to;
    QString name;
    QString streetCode; // the street its middle lies in: its team comes from there
};

void writeRoads(DistrictStore &store, const RoadNetwork &network, int srid);
// Cuts the roads into `count` segments at intersections, longest pieces first: every road is covered
// from end to end, with no gap and no overlap.
QList<PlannedSegment> planSegments(const RoadNetwork &network, const DistrictFrame &frame, int count);
// Writes the segments with a chief (an officer), one collaborator of each trade and a Party branch.
void writeSegments(DistrictStore &store, const RoadNetwork &network, const QList<PlannedSegment> &segments,
                   const DemoEntities &entities, const DemoPeople &people, int srid, Random random);

} // namespace uo::demo
