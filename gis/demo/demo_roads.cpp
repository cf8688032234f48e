#include "gis/demo/demo_roads.h"

#include "core/segments/segment_naming.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/row_writer.h"

#include <algorithm>
#include <cmath>

namespace uo::demo {

void writeRoads(DistrictStore &store, const RoadNetwork &network, int srid)
{
    auto insert = RowWriter::insert(store, tableName(Layer::Roads),
                                    {"id", "code", "name", "grade", "opened_date", "rebuilt_date",
                                     "major_repair_date", "length_m", "geom"});
    auto date = [](const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); };
    for (int r = 0; r < network.roads.size(); ++r) {
        const Road &road = network.roads[r];
        insert.bind(1, r + 1).bind(2, road.code).bind(3, road.name).bind(4, road.grade);
        insert.bindVariant(5, date(road.opened))
            .bindVariant(6, date(road.rebuilt))
            .bindVariant(7, date(road.majorRepair));
        insert.bind(8, std::round(road.length() * 100) / 100);
        insert.bindBlob(9, geometry_blob::encode(Geometry::lineString(srid, road.line)));
        insert.run();
    }
}

QList<PlannedSegment> planSegments(const RoadNetwork &network, const DistrictFrame &frame, int count)
{
    // How many pieces each road gets: repeatedly give one more to the road whose pieces are longest
    // and that still has an intersection to cut at.
    QList<int> pieces(network.roads.size(), 1);
    for (qsizetype total = network.roads.size(); total < count; ++total) {
        int best = -1;
        for (int r = 0; r < network.roads.size(); ++r) {
            const Road &road = network.roads[r];
            if (road.nodes.size() - 1 <= pieces[r])
                continue;
            if (best < 0 || road.length() / pieces[r] > network.roads[best].length() / pieces[best])
                best = r;
        }
        if (best < 0)
            break;
        ++pieces[best];
    }

    QList<PlannedSegment> out;
    for (int r = 0; r < network.roads.size(); ++r) {
        const Road &road = network.roads[r];
        // Cut at the interior intersections nearest to equal shares of the length.
        QList<int> cuts{0};
        for (int k = 1; k < pieces[r]; ++k) {
            const double wanted = road.length() * k / pieces[r];
            int best = -1;
            for (int n = cuts.last() + 1; n < road.nodes.size() - 1; ++n)
                if (best < 0 ||
                    std::fabs(road.nodes[n].measure - wanted) < std::fabs(road.nodes[best].measure - wanted))
                    best = n;
            cuts.append(best);
        }
        cuts.append(int(road.nodes.size()) - 1);
        for (int k = 0; k + 1 < cuts.size(); ++k) {
            const RoadNode from = road.nodes[cuts[k]], to = road.nodes[cuts[k + 1]];
            const QStringList a = network.crossingNames(r, from.node), b = network.crossingNames(r, to.node);
            const double stop = k + 2 == cuts.size() ? road.length() : to.measure;
            // "road (cross street A — cross street B)", the way the bureau names a segment; where no
            // street crosses, the road's start or end, or the chainage of a cut between junctions.
            auto place = [](const QStringList &crossing, bool roadEnd, const char *endWord, double measure) {
                return !crossing.isEmpty() ? crossing.first()
                       : roadEnd           ? QString::fromUtf8(endWord)
                                           : SegmentNaming::chainage(measure);
            };
            const QString start = place(a, k == 0, "起点", from.measure);
            const QString end = place(b, k + 2 == cuts.size(), "终点", stop);
            const QString name = pieces[r] == 1 && a.isEmpty() && b.isEmpty()
                                     ? road.name
                                     : QString::fromUtf8("%1（%2—%3）").arg(road.name, start, end);
            out.append(
                {r, from.measure, stop, name, frame.streetAt(road.pointAt((from.measure + stop) / 2)).code});
        }
    }
    return out;
}

void writeSegments(DistrictStore &store, const RoadNetwork &network, const QList<PlannedSegment> &segments,
                   const DemoEntities &entities, const DemoPeople &people, int srid, Random random)
{
    auto insert =
        RowWriter::insert(store, tableName(Layer::RoadSegments),
                          {"id", "road_id", "from_m", "to_m", "name", "chief_id", "party_unit_id", "geom"});
    auto collaborate = RowWriter::insert(store, "segment_collaborators", {"segment_id", "person_id"});
    auto activate = RowWriter::updateById(store, "people", {"active"});
    auto any = [&random](const QList<qint64> &ids) { return ids[random.integer(0, int(ids.size()) - 1)]; };
    QHash<QString, int> taken; // officers of a street take one segment each in turn, a few a second
    for (int s = 0; s < segments.size(); ++s) {
        const PlannedSegment &seg = segments[s];
        const Road &road = network.roads[seg.road];
        const QList<qint64> &officers = people.officers[seg.streetCode];
        const qint64 chief = officers[taken[seg.streetCode]++ % officers.size()];
        insert.bind(1, s + 1).bind(2, seg.road + 1).bind(3, seg.from).bind(4, seg.to).bind(5, seg.name);
        insert.bind(6, chief).bind(7, any(entities.partyBranches[seg.streetCode]));
        insert.bindBlob(8, geometry_blob::encode(Geometry::lineString(srid, road.piece(seg.from, seg.to))));
        insert.run();
        for (const auto *trade : {&people.municipal, &people.greening, &people.sanitation}) {
            const qint64 person = any(trade->value(seg.streetCode));
            collaborate.bind(1, s + 1).bind(2, person);
            collaborate.run();
            activate.bind(1, 1).bind(2, person);
            activate.run();
        }
        activate.bind(1, 1).bind(2, chief);
        activate.run();
    }
}

} // namespace uo::demo
