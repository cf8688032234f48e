#include "district_frame.h"

#include "demo_options.h"

#include "crs/crs_transform.h"
#include "store/store_error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace uo::demo {

namespace {

QByteArray resource(const char *name)
{
    QFile file(QStringLiteral(":/urbanops/data/jiangbei/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("uo::demo", "The built-in district data %1 is missing.")
                             .arg(QLatin1String(name)));
    return file.readAll();
}

// Rows of a simple CSV (no quoted fields), header skipped.
QList<QStringList> csvRows(const QByteArray &data)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            rows.append(QString::fromUtf8(lines[i].trimmed()).split(QLatin1Char(',')));
    return rows;
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

DistrictFrame::DistrictFrame(int srid, Random random, const Geos &geos) : m_geos(geos), m_srid(srid)
{
    loadBoundary(srid);
    loadStreets(srid);
    growBuiltUp(random);
    divideStreets();
    makeGrid();
    placeCommunities(random);
}

void DistrictFrame::loadBoundary(int srid)
{
    const QJsonObject json = QJsonDocument::fromJson(resource("boundary-gcj02.geojson")).object();
    const CrsTransform toStore(crs::kGcj02, srid);
    Geometry::Part rings;
    for (const QJsonValue ringValue : json.value(QStringLiteral("coordinates")).toArray()) {
        Geometry::Ring ring;
        for (const QJsonValue p : ringValue.toArray())
            ring.append(toStore.forward(QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble())));
        rings.append(ring);
    }
    // The source ring may not be perfectly valid after conversion; GEOS repairs it once here.
    Geos::Ptr polygon = m_geos.makeValid(m_geos.polygon(rings).get());
    boundary = m_geos.toGeometry(polygon.get(), srid);
    boundaryAreaM2 = m_geos.area(polygon.get());
}

void DistrictFrame::loadStreets(int srid)
{
    const CrsTransform toStore(crs::kGcj02, srid);
    for (const QStringList &row : csvRows(resource("streets.csv")))
        streets.append({row[0], row[1], row[2], toStore.forward(QPointF(row[3].toDouble(), row[4].toDouble())), {}});
    for (const QStringList &row : csvRows(resource("communities.csv"))) {
        Community c{row[0], row[1], row[2], QPointF(qQNaN(), qQNaN())};
        if (!row.value(3).isEmpty())
            c.seed = toStore.forward(QPointF(row[3].toDouble(), row[4].toDouble()));
        communities.append(c);
    }
}

void DistrictFrame::growBuiltUp(Random &random)
{
    // The city grows around the street centres and the communities that have a known centre; towns
    // less so. Each centre gets its own spread so the edge of the city is not a set of circles.
    struct Centre
    {
        QPointF at;
        double weight;
    };
    QList<Centre> centres;
    for (const StreetArea &s : std::as_const(streets))
        centres.append({s.centroid, (s.kind == QLatin1String("town") ? 0.55 : 1.0) * random.uniform(0.8, 1.25)});
    for (const Community &c : std::as_const(communities))
        if (!std::isnan(c.seed.x()))
            centres.append({c.seed, 0.6 * random.uniform(0.7, 1.3)});

    // Corridors along a minimum spanning tree of the centres keep the city one piece, as the real
    // one is joined along the river.
    QList<QPair<int, int>> corridors;
    QList<bool> joined(centres.size(), false);
    joined[0] = true;
    for (int added = 1; added < centres.size(); ++added) {
        int bestFrom = -1, bestTo = -1;
        double best = 1e300;
        for (int i = 0; i < centres.size(); ++i)
            for (int j = 0; j < centres.size(); ++j)
                if (joined[i] && !joined[j] && distance(centres[i].at, centres[j].at) < best) {
                    best = distance(centres[i].at, centres[j].at);
                    bestFrom = i;
                    bestTo = j;
                }
        joined[bestTo] = true;
        corridors.append({bestFrom, bestTo});
    }

    Geos::Ptr district = m_geos.make(boundary);
    Geos::Ptr inner = m_geos.buffer(district.get(), -40.0);
    const double target = targets::kBuiltUpKm2 * 1e6;
    double lo = 200, hi = 6000;
    Geos::Ptr best;
    for (int iteration = 0; iteration < 40; ++iteration) {
        const double radius = (lo + hi) / 2;
        std::vector<Geos::Ptr> pieces;
        for (const Centre &c : std::as_const(centres))
            pieces.push_back(m_geos.buffer(m_geos.point(c.at).get(), radius * c.weight, 12));
        for (const auto &[from, to] : std::as_const(corridors))
            pieces.push_back(m_geos.buffer(m_geos.lineString({centres[from].at, centres[to].at}).get(), radius * 0.3, 6));
        Geos::Ptr all = m_geos.unaryUnion(m_geos.collect(std::move(pieces), GEOS_GEOMETRYCOLLECTION).get());
        Geos::Ptr city = m_geos.intersection(all.get(), inner.get());
        const double area = m_geos.area(city.get());
        best = std::move(city);
        if (std::fabs(area - target) < 0.05e6)
            break;
        (area < target ? lo : hi) = radius;
    }
    builtUp = m_geos.toGeometry(best.get(), m_srid);
    builtUp.type = Geometry::MultiPolygon;
    builtUpAreaM2 = m_geos.area(best.get());
}

void DistrictFrame::divideStreets()
{
    std::vector<Geos::Ptr> sites;
    for (const StreetArea &s : std::as_const(streets))
        sites.push_back(m_geos.point(s.centroid));
    Geos::Ptr points = m_geos.collect(std::move(sites), GEOS_MULTIPOINT);
    Geos::Ptr district = m_geos.make(boundary);
    // Each street's area: the part of the district nearer its centre than any other's.
    Geos::Ptr voronoi = m_geos.own(GEOSVoronoiDiagram_r(m_geos.handle(), points.get(), district.get(), 0.0, 0));
    const int n = GEOSGetNumGeometries_r(m_geos.handle(), voronoi.get());
    for (StreetArea &s : streets) {
        Geos::Ptr centre = m_geos.point(s.centroid);
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry *cell = GEOSGetGeometryN_r(m_geos.handle(), voronoi.get(), i);
            if (m_geos.contains(cell, centre.get())) {
                Geos::Ptr clipped = m_geos.intersection(cell, district.get());
                s.area = m_geos.toGeometry(clipped.get(), m_srid);
                s.area.type = Geometry::MultiPolygon;
                break;
            }
        }
    }
}

const StreetArea &DistrictFrame::streetAt(QPointF p) const
{
    int best = 0;
    for (int i = 1; i < streets.size(); ++i)
        if (distance(p, streets[i].centroid) < distance(p, streets[best].centroid))
            best = i;
    return streets[best];
}

void DistrictFrame::makeGrid()
{
    Geos::Ptr city = m_geos.make(builtUp);
    PreparedArea inside(m_geos, city.get());
    const QRectF box = builtUp.bounds();
    const int x0 = int(std::floor(box.left() / kCellSize)), x1 = int(std::ceil(box.right() / kCellSize));
    const int y0 = int(std::floor(box.top() / kCellSize)), y1 = int(std::ceil(box.bottom() / kCellSize));
    for (int iy = y1 - 1; iy >= y0; --iy)
        for (int ix = x0; ix < x1; ++ix) {
            const QRectF square(ix * kCellSize, iy * kCellSize, kCellSize, kCellSize);
            if (!inside.contains(square.center()))
                continue;
            m_cellIndex.insert(cellKey(ix, iy), int(cells.size()));
            cells.append({QString(), streetAt(square.center()).code, QString(), square});
        }
}

void DistrictFrame::placeCommunities(Random &random)
{
    // A community's seed must lie in its own street's built-up cells; where the source has no
    // centroid, or one that falls elsewhere, a cell of the street stands in.
    QHash<QString, QList<int>> cellsOfStreet;
    for (int i = 0; i < cells.size(); ++i)
        cellsOfStreet[cells[i].streetCode].append(i);
    for (Community &c : communities) {
        const QList<int> &own = cellsOfStreet[c.streetCode];
        const bool usable = !std::isnan(c.seed.x()) && streetAt(c.seed).code == c.streetCode && cellAt(c.seed);
        if (!usable && !own.isEmpty())
            c.seed = cells[own[random.integer(0, int(own.size()) - 1)]].square.center();
    }
    QHash<QString, int> numberInCommunity;
    for (GridCell &cell : cells) {
        const Community *nearest = nullptr;
        for (const Community &c : std::as_const(communities))
            if (c.streetCode == cell.streetCode && !std::isnan(c.seed.x())
                && (!nearest || distance(cell.square.center(), c.seed) < distance(cell.square.center(), nearest->seed)))
                nearest = &c;
        cell.communityCode = nearest ? nearest->code : QString();
        const QString community = nearest ? nearest->code : cell.streetCode + QStringLiteral("000");
        const int number = ++numberInCommunity[community];
        cell.code = community + QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
    }
}

const GridCell *DistrictFrame::cellAt(QPointF p) const
{
    const int ix = int(std::floor(p.x() / kCellSize)), iy = int(std::floor(p.y() / kCellSize));
    const auto it = m_cellIndex.constFind(cellKey(ix, iy));
    return it == m_cellIndex.cend() ? nullptr : &cells[*it];
}

} // namespace uo::demo
