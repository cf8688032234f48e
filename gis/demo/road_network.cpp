#include "gis/demo/road_network.h"

#include "gis/demo/road_names.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace uo::demo {

namespace {

constexpr double kAngle = 0.49; // radians: the lattice runs roughly along the Jialing river
constexpr double kBend = 130.0;
constexpr double kRipple = 70.0;
constexpr double kVertexSpacing = 25.0;

struct Lattice
{
    QPointF origin;
    double half; // node spacing: half the spacing of the major roads
    int columns = 0, rows = 0;
    double phase[4];

    QPointF position(int i, double j) const { return position(double(i), j); }
    QPointF position(double i, double j) const
    {
        const double u = j * half, v = i * half;
        const QPointF p(origin.x() + u * std::cos(kAngle) - v * std::sin(kAngle),
                        origin.y() + u * std::sin(kAngle) + v * std::cos(kAngle));
        // Two ripples per axis, each gentle enough (amplitude / wavelength about 0.3) that the warp
        // stays one-to-one: roads bend with the hills yet still meet only at their shared nodes.
        return p + QPointF(kBend * std::sin(p.y() / 420.0 + phase[0]) +
                               kRipple * std::sin((p.x() + p.y()) / 240.0 + phase[1]),
                           kBend * std::sin(p.x() / 420.0 + phase[2]) +
                               kRipple * std::cos((p.x() - p.y()) / 240.0 + phase[3]));
    }
    int node(int i, int j) const { return i * columns + j; }
    // The edge from node (i, j) to the next along its row (row) or its column, with vertices about
    // kVertexSpacing apart, so that its bends follow the warp.
    QList<QPointF> edgeLine(int i, int j, bool row) const
    {
        const int steps = std::max(2, int(std::ceil(half / kVertexSpacing)));
        QList<QPointF> points;
        for (int s = 0; s <= steps; ++s) {
            const double t = double(s) / steps;
            points.append(row ? position(double(i), j + t) : position(i + t, double(j)));
        }
        return points;
    }
};

int findRoot(QList<int> &parent, int x)
{
    while (parent[x] != x)
        x = parent[x] = parent[parent[x]];
    return x;
}

// A lattice of node spacing `half` over `bounds` (with a margin for the warp), its ripples' phases drawn
// from `random`.
Lattice latticeOver(const QRectF &bounds, double half, Random &random)
{
    Lattice lattice;
    lattice.half = half;
    for (double &p : lattice.phase)
        p = random.uniform(0, 6.283);
    const QRectF box = bounds.adjusted(-1000, -1000, 1000, 1000);
    const double diagonal = std::hypot(box.width(), box.height());
    lattice.origin = box.center() - QPointF(diagonal / 2 * (std::cos(kAngle) - std::sin(kAngle)),
                                            diagonal / 2 * (std::sin(kAngle) + std::cos(kAngle)));
    lattice.columns = lattice.rows = int(diagonal / half) + 2;
    return lattice;
}

// The lattice edges that become road, key node * 2 + (row ? 0 : 1): an edge exists when its line is
// within the city; branch roads (the odd lattice lines) only near `centres`, the dense centre around
// Guanyinqiao; a few left out at random so that the grid is not perfect.
QHash<qint64, bool> wantedEdges(const Lattice &lattice, const PreparedArea &inside,
                                const QList<QPointF> &centres, Random &random)
{
    QList<bool> nodeInside(lattice.rows * lattice.columns);
    for (int i = 0; i < lattice.rows; ++i)
        for (int j = 0; j < lattice.columns; ++j)
            nodeInside[lattice.node(i, j)] = inside.contains(lattice.position(i, double(j)));
    const auto inCentre = [&centres](QPointF p) {
        return std::any_of(centres.begin(), centres.end(),
                           [p](QPointF c) { return std::hypot(p.x() - c.x(), p.y() - c.y()) < 1600; });
    };
    // Rows: (i,j)-(i,j+1), columns: (i,j)-(i+1,j).
    const auto wanted = [&](int i, int j, bool row) {
        const int line = row ? i : j;
        const int i2 = row ? i : i + 1, j2 = row ? j + 1 : j;
        if (i2 >= lattice.rows || j2 >= lattice.columns || !nodeInside[lattice.node(i, j)] ||
            !nodeInside[lattice.node(i2, j2)])
            return false;
        const bool major = line % 2 == 0;
        if (!major && !inCentre(lattice.position(i, double(j))))
            return false;
        if (random.chance(major ? 0.03 : 0.12))
            return false;
        const QList<QPointF> points = lattice.edgeLine(i, j, row);
        return std::all_of(points.begin(), points.end(), [&](QPointF p) { return inside.contains(p); });
    };
    QHash<qint64, bool> edges;
    for (int i = 0; i < lattice.rows; ++i)
        for (int j = 0; j < lattice.columns; ++j)
            for (bool row : {true, false})
                if (wanted(i, j, row))
                    edges.insert(qint64(lattice.node(i, j)) * 2 + (row ? 0 : 1), true);
    return edges;
}

// The edges' connected parts: each node's union-find parent, and the root of the largest part.
struct Parts
{
    QList<int> parent;
    int biggest = -1;
};

Parts connectedParts(const Lattice &lattice, const QHash<qint64, bool> &edges)
{
    Parts parts;
    parts.parent.resize(lattice.rows * lattice.columns);
    std::iota(parts.parent.begin(), parts.parent.end(), 0);
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        const int a = int(it.key() / 2), row = it.key() % 2 == 0;
        const int b = row ? a + 1 : a + lattice.columns;
        parts.parent[findRoot(parts.parent, a)] = findRoot(parts.parent, b);
    }
    QHash<int, int> size;
    for (auto it = edges.cbegin(); it != edges.cend(); ++it)
        ++size[findRoot(parts.parent, int(it.key() / 2))];
    for (auto it = size.cbegin(); it != size.cend(); ++it)
        if (parts.biggest < 0 || it.value() > size[parts.biggest])
            parts.biggest = it.key();
    return parts;
}

// Runs of the largest part's edges along each lattice line become roads, cut to lengths that suit
// their grade: 6 to 14 edges for a major road, 2 to 6 for a branch.
QList<Road> roadsAlongLines(const Lattice &lattice, const QHash<qint64, bool> &edges, Parts &parts,
                            Random &random)
{
    QList<Road> out;
    for (bool row : {true, false}) {
        const int lines = row ? lattice.rows : lattice.columns;
        const int along = row ? lattice.columns : lattice.rows;
        for (int line = 0; line < lines; ++line) {
            const bool major = line % 2 == 0;
            Road current;
            int edgesInRoad = 0, wanted = 0;
            auto close = [&]() {
                if (edgesInRoad > 0)
                    out.append(current);
                current = Road();
                edgesInRoad = 0;
            };
            for (int k = 0; k + 1 < along; ++k) {
                const int i = row ? line : k, j = row ? k : line;
                const int node = lattice.node(i, j);
                const bool present = edges.contains(qint64(node) * 2 + (row ? 0 : 1)) &&
                                     findRoot(parts.parent, node) == parts.biggest;
                if (!present || (edgesInRoad > 0 && edgesInRoad >= wanted)) {
                    close();
                    if (!present)
                        continue;
                }
                if (edgesInRoad == 0) {
                    wanted = major ? random.integer(6, 14) : random.integer(2, 6);
                    current.alongRows = row;
                    current.lineIndex = line;
                    current.line = {lattice.position(i, double(j))};
                    current.cumulative = {0.0};
                    current.nodes = {{node, 0.0}};
                }
                const QList<QPointF> points = lattice.edgeLine(i, j, row);
                for (qsizetype s = 1; s < points.size(); ++s) {
                    current.cumulative.append(current.cumulative.last() +
                                              std::hypot(points[s].x() - current.line.last().x(),
                                                         points[s].y() - current.line.last().y()));
                    current.line.append(points[s]);
                }
                current.nodes.append({row ? node + 1 : node + lattice.columns, current.cumulative.last()});
                ++edgesInRoad;
            }
            close();
        }
    }
    return out;
}

} // namespace

QPointF Road::pointAt(double measure, double offset, QPointF *direction) const
{
    measure = std::clamp(measure, 0.0, length());
    qsizetype k = std::upper_bound(cumulative.begin(), cumulative.end(), measure) - cumulative.begin();
    k = std::clamp<qsizetype>(k, 1, line.size() - 1);
    const QPointF a = line[k - 1], b = line[k];
    const double segment = cumulative[k] - cumulative[k - 1];
    const double t = segment > 0 ? (measure - cumulative[k - 1]) / segment : 0;
    const QPointF d = segment > 0 ? (b - a) / segment : QPointF(1, 0);
    if (direction)
        *direction = d;
    return a + (b - a) * t + QPointF(-d.y(), d.x()) * offset;
}

QList<QPointF> Road::piece(double from, double to) const
{
    QList<QPointF> out{pointAt(from)};
    for (qsizetype k = 0; k < line.size(); ++k)
        if (cumulative[k] > from + 1e-6 && cumulative[k] < to - 1e-6)
            out.append(line[k]);
    out.append(pointAt(to));
    return out;
}

RoadNetwork::RoadNetwork(const DistrictFrame &frame, const DemoOptions &options, Random random,
                         const Geos &geos)
    : m_frame(frame), m_geos(geos)
{
    // The widest spacing that still gives at least as many roads as the district has, so that the
    // count is then reached by dividing the longest roads, as long roads are divided in reality.
    QList<Road> best;
    for (double half = 330; half >= 100; half -= 5) {
        QList<Road> candidate = layOut(half, random.fork(7));
        if (candidate.size() >= targets::kRoads * 0.9 || half <= 105) {
            best = std::move(candidate);
            spacing = 2 * half;
            break;
        }
    }
    roads = std::move(best);
    while (roads.size() > targets::kRoads) {
        // Too many: drop the shortest road that meets the others at one node at most, which cannot
        // cut the network in two.
        QHash<int, int> usage;
        for (const Road &road : std::as_const(roads))
            for (const RoadNode &n : road.nodes)
                ++usage[n.node];
        qsizetype victim = -1;
        for (qsizetype r = 0; r < roads.size(); ++r) {
            const auto shared = std::count_if(roads[r].nodes.begin(), roads[r].nodes.end(),
                                              [&usage](const RoadNode &n) { return usage[n.node] > 1; });
            if (shared <= 1 && (victim < 0 || roads[r].length() < roads[victim].length()))
                victim = r;
        }
        if (victim < 0)
            break;
        roads.removeAt(victim);
    }
    splitLongest(targets::kRoads, random);
    finish(options, random);
}

QList<Road> RoadNetwork::layOut(double half, Random random) const
{
    const Lattice lattice = latticeOver(m_frame.builtUp.bounds(), half, random);
    Geos::Ptr city = m_geos.make(m_frame.builtUp);
    const PreparedArea inside(m_geos, city.get());
    // The dense centre around Guanyinqiao, where branch roads fill the lattice's odd lines.
    QList<QPointF> centres;
    for (const StreetArea &s : m_frame.streets)
        if (s.code.endsWith(QLatin1String("006")) || s.code.endsWith(QLatin1String("007")) ||
            s.code.endsWith(QLatin1String("001")) || s.code.endsWith(QLatin1String("002")))
            centres.append(s.centroid);
    const QHash<qint64, bool> edges = wantedEdges(lattice, inside, centres, random);
    // Only the largest connected part is kept: the demo city is one network.
    Parts parts = connectedParts(lattice, edges);
    return roadsAlongLines(lattice, edges, parts, random);
}

void RoadNetwork::splitLongest(int count, Random &random)
{
    while (roads.size() < count) {
        auto longest = std::max_element(roads.begin(), roads.end(),
                                        [](const Road &a, const Road &b) { return a.length() < b.length(); });
        Road &road = *longest;
        if (road.nodes.size() < 3)
            break;
        // Cut at an intersection near the middle, so each part still runs from crossing to crossing.
        const int cut = int(road.nodes.size() / 2) + random.integer(-1, 1) * (road.nodes.size() > 4 ? 1 : 0);
        const RoadNode at = road.nodes[cut];
        Road second = road;
        second.line = road.piece(at.measure, road.length());
        second.nodes = road.nodes.mid(cut);
        for (RoadNode &n : second.nodes)
            n.measure -= at.measure;
        road.line = road.piece(0, at.measure);
        road.nodes = road.nodes.mid(0, cut + 1);
        for (Road *r : {&road, &second}) {
            r->cumulative = {0.0};
            for (qsizetype k = 1; k < r->line.size(); ++k)
                r->cumulative.append(r->cumulative.last() + std::hypot(r->line[k].x() - r->line[k - 1].x(),
                                                                       r->line[k].y() - r->line[k - 1].y()));
        }
        roads.append(second);
    }
}

void RoadNetwork::finish(const DemoOptions &options, Random &random)
{
    // Grades follow the lattice: every fourth major line is a main road, the longest of those trunk
    // roads; odd lines are branch roads.
    QList<int> mains;
    for (int r = 0; r < roads.size(); ++r) {
        Road &road = roads[r];
        road.grade = road.lineIndex % 2 != 0   ? QStringLiteral("branch")
                     : road.lineIndex % 8 == 0 ? QStringLiteral("main")
                                               : QStringLiteral("secondary");
        if (road.grade == QLatin1String("main"))
            mains.append(r);
    }
    std::sort(mains.begin(), mains.end(),
              [this](int a, int b) { return roads[a].length() > roads[b].length(); });
    for (int k = 0; k < std::min<qsizetype>(6, mains.size()); ++k)
        roads[mains[k]].grade = QStringLiteral("trunk");

    RoadNames names(random.fork(11));
    const QDate today = options.referenceDate;
    for (int r = 0; r < roads.size(); ++r) {
        Road &road = roads[r];
        road.code = QStringLiteral("JB-R%1").arg(r + 1, 4, 10, QLatin1Char('0'));
        road.name = names.next(road.grade);
        road.opened = today.addDays(-random.integer(3 * 365, 35 * 365));
        // Some roads were rebuilt or repaired recently and are still in their no-dig period.
        if (random.chance(0.12))
            road.rebuilt = std::max(road.opened, today.addDays(-random.integer(90, 8 * 365)));
        if (random.chance(0.25))
            road.majorRepair = std::max(road.opened, today.addDays(-random.integer(60, 6 * 365)));
        totalLength += road.length();
        for (const RoadNode &n : std::as_const(road.nodes))
            roadsAtNode[n.node].append(r);
    }
}

QStringList RoadNetwork::crossingNames(int road, int node) const
{
    QStringList out;
    for (int other : roadsAtNode.value(node))
        if (other != road && roads[other].name != roads[road].name && !out.contains(roads[other].name))
            out.append(roads[other].name);
    return out;
}

} // namespace uo::demo
