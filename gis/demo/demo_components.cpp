#include "gis/demo/demo_components.h"

#include "core/catalogue/catalogue.h"
#include "core/catalogue/component_id.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/row_writer.h"

#include <algorithm>
#include <cmath>

namespace uo::demo {

namespace {

// Where a class stands: on the carriageway (covers), at the kerb or on the sidewalk, at crossings
// (signals, name signs), or anywhere in the blocks between roads. "Mixed" covers are half and half.
enum class Place
{
    Carriageway,
    Kerb,
    Sidewalk,
    Crossing,
    Block,
    Mixed
};

struct ClassShare
{
    const char *code;
    double percent;
    Place place;
};

// Shares of each class on the demo base map. Covers, trees, poles, lamps, signs and bins dominate,
// as on real base maps; kiosks, bridges and stations are rare.
const ClassShare kShares[] = {
    {"0101", 5.0, Place::Mixed},         {"0102", 6.0, Place::Mixed},     {"0103", 6.0, Place::Mixed},
    {"0104", 7.0, Place::Kerb},          {"0105", 3.5, Place::Mixed},     {"0106", 1.5, Place::Sidewalk},
    {"0107", 4.0, Place::Mixed},         {"0108", 1.0, Place::Mixed},     {"0109", 1.0, Place::Mixed},
    {"0110", 0.1, Place::Mixed},         {"0111", 2.0, Place::Mixed},     {"0112", 0.3, Place::Mixed},
    {"0113", 0.8, Place::Sidewalk},      {"0114", 0.4, Place::Mixed},     {"0115", 0.6, Place::Sidewalk},
    {"0116", 0.8, Place::Block},         {"0117", 7.0, Place::Sidewalk},  {"0118", 6.0, Place::Kerb},
    {"0119", 0.5, Place::Block},         {"0120", 2.0, Place::Block},     {"0121", 0.05, Place::Sidewalk},
    {"0122", 0.05, Place::Sidewalk},     {"0123", 0.03, Place::Sidewalk}, {"0124", 0.03, Place::Sidewalk},
    {"0125", 0.1, Place::Block},         {"0126", 0.4, Place::Block},     {"0127", 0.1, Place::Mixed},
    {"0128", 0.1, Place::Carriageway},   {"0129", 0.05, Place::Mixed},    {"0130", 0.1, Place::Mixed},
    {"0131", 0.02, Place::Block},        {"0132", 0.05, Place::Block},    {"0133", 0.05, Place::Block},
    {"0134", 0.4, Place::Block},         {"0135", 0.1, Place::Block},     {"0136", 1.2, Place::Crossing},
    {"0137", 0.05, Place::Sidewalk},     {"0138", 0.02, Place::Crossing}, {"0201", 0.1, Place::Block},
    {"0202", 0.3, Place::Kerb},          {"0203", 0.15, Place::Kerb},     {"0204", 0.02, Place::Kerb},
    {"0205", 0.01, Place::Crossing},     {"0206", 0.01, Place::Crossing}, {"0207", 0.002, Place::Crossing},
    {"0208", 0.002, Place::Carriageway}, {"0209", 3.0, Place::Kerb},      {"0210", 0.6, Place::Crossing},
    {"0211", 2.5, Place::Carriageway},   {"0212", 0.4, Place::Sidewalk},  {"0213", 0.8, Place::Crossing},
    {"0214", 0.3, Place::Crossing},      {"0215", 0.05, Place::Kerb},     {"0216", 0.1, Place::Kerb},
    {"0217", 0.01, Place::Crossing},     {"0301", 0.1, Place::Block},     {"0302", 0.8, Place::Block},
    {"0303", 0.1, Place::Sidewalk},      {"0304", 0.2, Place::Block},     {"0305", 4.0, Place::Sidewalk},
    {"0306", 1.0, Place::Sidewalk},      {"0307", 2.0, Place::Sidewalk},  {"0308", 0.01, Place::Block},
    {"0309", 0.005, Place::Block},       {"0310", 0.01, Place::Block},    {"0401", 0.02, Place::Block},
    {"0402", 20.0, Place::Sidewalk},     {"0403", 1.5, Place::Sidewalk},  {"0404", 1.0, Place::Sidewalk},
    {"0405", 0.5, Place::Block},         {"0406", 0.05, Place::Block},    {"0407", 1.0, Place::Block},
    {"0408", 1.0, Place::Block},         {"0409", 0.5, Place::Block},     {"0410", 0.01, Place::Block},
    {"0501", 0.4, Place::Block},         {"0502", 0.05, Place::Block},    {"0503", 0.1, Place::Block},
    {"0601", 0.01, Place::Block},        {"0602", 0.05, Place::Block},    {"0603", 0.05, Place::Block},
    {"0604", 0.2, Place::Block},         {"0605", 0.01, Place::Block},    {"0606", 0.05, Place::Block},
};

struct Planned
{
    QPointF at;
    quint64 order; // spatial key
    int share;     // index into kShares
};

// Interleaves the bits of 64 m tile coordinates (a Z-order curve), so that sorting by it keeps
// neighbours in neighbouring rows.
quint64 zOrder(QPointF p)
{
    quint64 x = quint64(std::max(0.0, p.x() / 64.0)) & 0xFFFF,
            y = quint64(std::max(0.0, (p.y() - 3e6) / 64.0)) & 0xFFFF;
    quint64 key = 0;
    for (int bit = 0; bit < 16; ++bit)
        key |= ((x >> bit) & 1) << (2 * bit) | ((y >> bit) & 1) << (2 * bit + 1);
    return key;
}

// A class has 999,999 serials in the 16-digit scheme and as many again in the 17-digit one.
constexpr qint64 kSerials = 999999;

} // namespace

QList<qint64> componentClassCounts(qint64 total, qint64 mostPerClass)
{
    QList<qint64> counts(qsizetype(std::size(kShares)), 0);
    QList<bool> full(counts.size(), false);
    qint64 left = total;
    while (left > 0) {
        double sum = 0;
        for (qsizetype i = 0; i < counts.size(); ++i)
            sum += full[i] ? 0 : kShares[i].percent;
        if (sum == 0)
            break; // more components than every class's identifiers: the store takes what they give
        QList<QPair<double, qsizetype>> remainders;
        qint64 given = 0;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            if (full[i])
                continue;
            const double exact = left * kShares[i].percent / sum;
            counts[i] += qint64(std::floor(exact));
            given += qint64(std::floor(exact));
            remainders.append({exact - std::floor(exact), i});
        }
        std::sort(remainders.begin(), remainders.end(), [](auto a, auto b) { return a.first > b.first; });
        for (qsizetype k = 0; given < left; ++k, ++given)
            ++counts[remainders[k % remainders.size()].second];
        left = 0;
        for (qsizetype i = 0; i < counts.size(); ++i)
            if (counts[i] > mostPerClass) {
                left += counts[i] - mostPerClass;
                counts[i] = mostPerClass;
                full[i] = true;
            }
    }
    return counts;
}

QStringList componentClasses()
{
    QStringList codes;
    for (const ClassShare &share : kShares)
        codes.append(QLatin1String(share.code));
    return codes;
}

namespace {

class Placer
{
public:
    Placer(const DistrictFrame &frame, const RoadNetwork &network, const Geos &geos)
        : m_frame(frame), m_network(network), m_geos(geos), m_district(geos.make(frame.boundary)),
          m_inside(geos, m_district.get())
    {
        for (const Road &road : network.roads)
            m_cumulative.append((m_cumulative.isEmpty() ? 0 : m_cumulative.last()) + road.length());
        // Cells whose square lies wholly in the district need no test per point.
        for (const GridCell &cell : frame.cells) {
            const QRectF &q = cell.square;
            Geos::Ptr square = geos.polygon({{q.topLeft(), q.topRight(), q.bottomRight(), q.bottomLeft()}});
            m_cellSafe.append(m_inside.contains(square.get()));
        }
    }

    QPointF place(Place where, Random &random)
    {
        if (where == Place::Mixed)
            where = random.chance(0.55) ? Place::Carriageway : Place::Block;
        if (where == Place::Block)
            return inBlock(random);
        for (;;) {
            const Road &road = pickRoad(random);
            double measure = random.uniform(0, road.length());
            if (where == Place::Crossing && !road.nodes.isEmpty())
                measure = road.nodes[random.integer(0, int(road.nodes.size()) - 1)].measure +
                          random.uniform(-18, 18);
            const double half = road.grade == QLatin1String("trunk")       ? 12
                                : road.grade == QLatin1String("main")      ? 9
                                : road.grade == QLatin1String("secondary") ? 7
                                                                           : 4.5;
            const double side = random.chance(0.5) ? 1 : -1;
            double offset = 0;
            switch (where) {
            case Place::Carriageway:
                offset = random.uniform(-half + 1, half - 1);
                break;
            case Place::Kerb:
                offset = side * random.uniform(half - 0.8, half + 0.8);
                break;
            case Place::Sidewalk:
                offset = side * random.uniform(half + 1, half + 5);
                break;
            default:
                offset = side * random.uniform(half, half + 4);
                break;
            }
            const QPointF p = road.pointAt(measure, offset);
            if (insideDistrict(p))
                return p;
        }
    }

private:
    const Road &pickRoad(Random &random)
    {
        const double r = random.uniform(0, m_cumulative.last());
        const auto k = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin();
        return m_network.roads[std::min<qsizetype>(k, m_network.roads.size() - 1)];
    }

    QPointF inBlock(Random &random)
    {
        for (;;) {
            const int c = random.integer(0, int(m_frame.cells.size()) - 1);
            const QRectF &q = m_frame.cells[c].square;
            const QPointF p(random.uniform(q.left(), q.right()), random.uniform(q.top(), q.bottom()));
            if (m_cellSafe[c] || m_inside.contains(p))
                return p;
        }
    }

    bool insideDistrict(QPointF p)
    {
        const GridCell *cell = m_frame.cellAt(p);
        return (cell && m_cellSafe[cell - m_frame.cells.data()]) || m_inside.contains(p);
    }

    const DistrictFrame &m_frame;
    const RoadNetwork &m_network;
    const Geos &m_geos;
    Geos::Ptr m_district;
    PreparedArea m_inside;
    QList<double> m_cumulative;
    QList<bool> m_cellSafe;
};

QString gridCodeNear(const DistrictFrame &frame, QPointF p)
{
    for (double r : {0.0, 100.0, 200.0})
        for (QPointF d : {QPointF(0, 0), QPointF(r, 0), QPointF(-r, 0), QPointF(0, r), QPointF(0, -r)})
            if (const GridCell *cell = frame.cellAt(p + d))
                return cell->code;
    return QString();
}

} // namespace

qint64 writeComponents(DistrictStore &store, const DistrictFrame &frame, const RoadNetwork &network,
                       const DemoEntities &entities, const DemoOptions &options, const QString &countyCode,
                       int srid, qint64 count, Random random, const Geos &geos)
{
    const QList<qint64> perClass = componentClassCounts(count, 2 * kSerials);
    QList<Planned> planned;
    planned.reserve(count);
    Placer placer(frame, network, geos);
    for (int share = 0; share < perClass.size(); ++share)
        for (qint64 n = 0; n < perClass[share]; ++n) {
            const QPointF p = placer.place(kShares[share].place, random);
            planned.append({p, zOrder(p), share});
        }
    std::sort(planned.begin(), planned.end(),
              [](const Planned &a, const Planned &b) { return a.order < b.order; });

    // Each class in both schemes, from the built-in catalogue the demo wrote into the store.
    const Catalogue catalogue = Catalogue::builtIn();
    QList<QPair<const CatalogueEntry *, const CatalogueEntry *>> classes;
    for (const ClassShare &share : kShares) {
        const CatalogueEntry *cls =
            catalogue.find(QLatin1String(Catalogue::kScheme2013), QLatin1String(share.code));
        classes.append(qMakePair(cls, cls ? catalogue.successor(cls->code) : nullptr));
        Q_ASSERT(classes.last().first && classes.last().second);
    }

    auto insert = RowWriter::insert(store, tableName(Layer::Components),
                                    {"id", "ident", "class_code", "name", "dept_id", "owner_id",
                                     "maintainer_id", "grid_code", "state", "initial_date", "change_date",
                                     "data_source", "note", "geom"});
    QList<int> serial(perClass.size(), 0);
    const QDate first(2010, 1, 1);
    const int span = int(first.daysTo(options.referenceDate.addYears(-1)));
    static const char *const kStates[] = {"intact", "damaged", "missing", "occupied"};
    static const char *const kSources[] = {"surveyed", "topographic", "field_drawn", "other"};
    auto any = [&random](const QList<qint64> &ids) { return ids[random.integer(0, int(ids.size()) - 1)]; };
    for (qint64 row = 0; row < planned.size(); ++row) {
        const Planned &c = planned[row];
        // Past the 16-digit serials of its class, a component takes the 17-digit identifier of the
        // same class in the 2026 scheme.
        const int n = ++serial[c.share];
        const CatalogueEntry *cls = n > kSerials ? classes[c.share].second : classes[c.share].first;
        const QString ident =
            ComponentId::make(countyCode, cls->code, n > kSerials ? n - kSerials : n)->toString();
        const bool utility = cls->code.startsWith(QLatin1String("01"));
        const QDate initial = first.addDays(random.integer(0, span));
        insert.bind(1, row + 1).bind(2, ident).bind(3, cls->code).bind(4, cls->name);
        insert.bind(5, any(entities.departments));
        insert.bind(6, utility ? any(entities.utilities) : any(entities.departments));
        insert.bind(7, any(entities.contractors));
        insert.bind(8, gridCodeNear(frame, c.at));
        insert.bind(9, QLatin1String(kStates[random.weighted({92.5, 4.0, 1.5, 2.0})]));
        insert.bind(10, initial.toString(Qt::ISODate));
        if (random.chance(0.3))
            insert.bind(11, initial.addDays(random.integer(1, int(initial.daysTo(options.referenceDate))))
                                .toString(Qt::ISODate));
        insert.bind(12, QLatin1String(kSources[random.weighted({78, 12, 7, 3})]));
        insert.bindBlob(14, geometry_blob::encode(Geometry::point(srid, c.at)));
        insert.run();
    }
    return planned.size();
}

} // namespace uo::demo
