#include "gis/demo/district_frame.h"

#include "gis/demo/demo_options.h"

#include "core/error/error.h"
#include "gis/crs/crs_transform.h"

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
        throw FileError(FileError::Kind::NotFound,
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
        streets.append(
            {row[0], row[1], row[2], toStore.forward(QPointF(row[3].toDouble(), row[4].toDouble())), {}});
    for (const QStringList &row : csvRows(resource("communities.csv"))) {
        Community c{row[0], row[1], row[2], QPointF(qQNaN(), qQNaN())};
        if (!row.value(3).isEmpty())
            c.seed = toStore.forward(QPointF(row[3].toDouble(), row[4].toDouble()));
        communities.append(c);
    }
}

void DistrictFrame::growBuiltUp(Random &random)
{
    // How urban each 100 m cell is: a bell around every street centre (towns smaller), smaller ones
    // around the communities with a known centre, and a low ripple so the city's edge is ragged as
    // in a hilly place. The built-up area is the connected set of the most urban cells whose area
    // is the reported one, with its staircase edge rounded off.
    struct Centre
    {
        QPointF at;
        double weight, sigma;
    };
    QList<Centre> centres;
    for (const StreetArea &s : std::as_const(streets)) {
        const bool town = s.kind == QLatin1String("town");
        centres.append(
            {s.centroid, (town ? 0.55 : 1.0) * random.uniform(0.85, 1.15), town ? 1300.0 : 2300.0});
    }
    for (const Community &c : std::as_const(communities))
        if (!std::isnan(c.seed.x()))
            centres.append({c.seed, 0.45 * random.uniform(0.7, 1.3), 900.0});
    double phase[4];
    for (double &p : phase)
        p = random.uniform(0, 6.283);
    auto urban = [&](QPointF p) {
        double f = 0;
        for (const Centre &c : std::as_const(centres)) {
            const double dx = p.x() - c.at.x(), dy = p.y() - c.at.y();
            f += c.weight * std::exp(-(dx * dx + dy * dy) / (2 * c.sigma * c.sigma));
        }
        return f + 0.12 * std::sin(p.x() / 700 + phase[0]) * std::sin(p.y() / 550 + phase[1]) +
               0.08 * std::sin((p.x() + p.y()) / 330 + phase[2]) * std::cos((p.x() - p.y()) / 410 + phase[3]);
    };

    Geos::Ptr district = m_geos.make(boundary);
    Geos::Ptr inner = m_geos.buffer(district.get(), -60.0);
    PreparedArea inside(m_geos, inner.get());
    const QRectF box = boundary.bounds();
    const int x0 = int(std::floor(box.left() / kCellSize)), y0 = int(std::floor(box.top() / kCellSize));
    const int width = int(std::ceil(box.right() / kCellSize)) - x0,
              height = int(std::ceil(box.bottom() / kCellSize)) - y0;
    QList<double> field(qsizetype(width) * height, -1e9);
    for (int iy = 0; iy < height; ++iy)
        for (int ix = 0; ix < width; ++ix) {
            const QPointF centre((x0 + ix + 0.5) * kCellSize, (y0 + iy + 0.5) * kCellSize);
            if (inside.contains(centre))
                field[iy * width + ix] = urban(centre);
        }

    // The largest 4-connected set of cells above a threshold, found by bisection on the threshold.
    const double cellArea = kCellSize * kCellSize;
    const double target = targets::kBuiltUpKm2 * 1e6;
    auto largestPart = [&](double threshold) {
        QList<int> label(field.size(), -1), best;
        for (int start = 0; start < field.size(); ++start) {
            if (field[start] <= threshold || label[start] >= 0)
                continue;
            QList<int> part{start}, stack{start};
            label[start] = start;
            while (!stack.isEmpty()) {
                const int k = stack.takeLast();
                const int kx = k % width, ky = k / width;
                for (const auto &[dx, dy] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                    const int nx = kx + dx, ny = ky + dy;
                    if (nx < 0 || ny < 0 || nx >= width || ny >= height)
                        continue;
                    const int n = ny * width + nx;
                    if (field[n] > threshold && label[n] < 0) {
                        label[n] = start;
                        part.append(n);
                        stack.append(n);
                    }
                }
            }
            if (part.size() > best.size())
                best = std::move(part);
        }
        return best;
    };
    double lo = 0, hi = 2;
    // The area jumps where two parts merge, so keep the closest set seen, not the last.
    QList<int> chosen;
    for (int iteration = 0; iteration < 40; ++iteration) {
        const double threshold = (lo + hi) / 2;
        QList<int> part = largestPart(threshold);
        const double area = part.size() * cellArea;
        if (chosen.isEmpty() || std::fabs(area - target) < std::fabs(chosen.size() * cellArea - target))
            chosen = std::move(part);
        if (std::fabs(area - target) < cellArea * 3)
            break;
        (area > target ? lo : hi) = threshold;
    }
    std::vector<Geos::Ptr> squares;
    for (int k : std::as_const(chosen)) {
        const double x = (x0 + k % width) * kCellSize, y = (y0 + k / width) * kCellSize;
        squares.push_back(
            m_geos.polygon({{QPointF(x, y), QPointF(x + kCellSize, y), QPointF(x + kCellSize, y + kCellSize),
                             QPointF(x, y + kCellSize)}}));
    }
    Geos::Ptr blocky = m_geos.unaryUnion(m_geos.collect(std::move(squares), GEOS_MULTIPOLYGON).get());
    // Round the staircase edge off, then grow or shrink the edge by a few metres to the exact area.
    Geos::Ptr rounded = m_geos.buffer(m_geos.buffer(blocky.get(), 60.0, 4).get(), -60.0, 4);
    Geos::Ptr city;
    double grow = 0, shrink = -40, widen = 40;
    for (int iteration = 0; iteration < 20; ++iteration) {
        city = m_geos.intersection(m_geos.buffer(rounded.get(), grow, 4).get(), inner.get());
        const double area = m_geos.area(city.get());
        if (std::fabs(area - target) < 0.02e6)
            break;
        (area < target ? shrink : widen) = grow;
        grow = (shrink + widen) / 2;
    }
    builtUp = m_geos.toGeometry(city.get(), m_srid);
    builtUp.type = Geometry::MultiPolygon;
    builtUpAreaM2 = m_geos.area(city.get());
}

void DistrictFrame::divideStreets()
{
    std::vector<Geos::Ptr> sites;
    for (const StreetArea &s : std::as_const(streets))
        sites.push_back(m_geos.point(s.centroid));
    Geos::Ptr points = m_geos.collect(std::move(sites), GEOS_MULTIPOINT);
    Geos::Ptr district = m_geos.make(boundary);
    // Each street's area: the part of the district nearer its centre than any other's.
    Geos::Ptr voronoi =
        m_geos.own(GEOSVoronoiDiagram_r(m_geos.handle(), points.get(), district.get(), 0.0, 0));
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
        const bool usable =
            !std::isnan(c.seed.x()) && streetAt(c.seed).code == c.streetCode && cellAt(c.seed);
        if (!usable && !own.isEmpty())
            c.seed = cells[own[random.integer(0, int(own.size()) - 1)]].square.center();
    }
    QHash<QString, int> numberInCommunity;
    for (GridCell &cell : cells) {
        const Community *nearest = nullptr;
        for (const Community &c : std::as_const(communities))
            if (c.streetCode == cell.streetCode && !std::isnan(c.seed.x()) &&
                (!nearest ||
                 distance(cell.square.center(), c.seed) < distance(cell.square.center(), nearest->seed)))
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
