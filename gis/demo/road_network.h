#pragma once

#include "gis/demo/demo_options.h"
#include "gis/demo/demo_random.h"
#include "gis/demo/district_frame.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace uo::demo {

// A lattice node that a road passes through, with its distance from the road's start.
struct RoadNode
{
    int node;
    double measure;
};

struct Road
{
    QString code;
    QString name;
    QString grade; // trunk | main | secondary | branch
    QList<QPointF> line;
    QList<double> cumulative; // distance from the start at each vertex
    QList<RoadNode> nodes;    // intersections and ends, in order
    bool alongRows = true;
    int lineIndex = 0; // which lattice row or column it follows
    QDate opened, rebuilt, majorRepair;

    double length() const { return cumulative.isEmpty() ? 0 : cumulative.last(); }
    // The point `offset` metres to the left of the centreline at `measure`.
    QPointF pointAt(double measure, double offset = 0, QPointF *direction = nullptr) const;
    QList<QPointF> piece(double from, double to) const;
};

// A connected urban road network inside the built-up area: a rotated lattice bent by a smooth warp,
// as streets follow the hills and the rivers, with branch roads filling the dense centre. Every
// crossing is a shared vertex of both roads, so the network is truly connected.
class RoadNetwork
{
public:
    RoadNetwork(const DistrictFrame &frame, const DemoOptions &options, Random random, const Geos &geos);

    QList<Road> roads;
    QHash<int, QList<int>> roadsAtNode; // lattice node -> indices of the roads through it
    double totalLength = 0;
    double spacing = 0; // of the major roads, in metres

    // Names of the other roads crossing `road` at `node`, for segment names.
    QStringList crossingNames(int road, int node) const;

private:
    QList<Road> layOut(double halfSpacing, Random random) const;
    void splitLongest(int count, Random &random);
    void finish(const DemoOptions &options, Random &random);

    const DistrictFrame &m_frame;
    const Geos &m_geos;
};

} // namespace uo::demo
