#include "gis/io/import_crs_hint.h"

#include "core/error/error.h"
#include "core/store/district_store.h"
#include "core/store/feature_geometries.h"
#include "core/store/layers.h"
#include "gis/crs/crs_transform.h"
#include "gis/geometry/geos_context.h"
#include "gis/io/gdal_handles.h"

#include <QFileInfo>
#include <QList>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <ogr_api.h>

namespace uo {

namespace {

// Features looked at; enough for a median, few enough to be instant.
constexpr int kSample = 400;
// A file's own reading is kept unless another is clearly better: most features inside against most
// outside, or on the roads against far from them.
constexpr double kMostlyOutside = 0.5, kMostlyInside = 0.8;
constexpr double kFarFromRoads = 50, kOnRoads = 30;
// The median distance from the roads says something of a layer, not of a feature or two: a single shop
// read rightly may stand 250 m from any road while a wrong reading of it happens to fall on one.
constexpr qsizetype kFewestForRoads = 10;

// The systems a Chinese district's files come in (see the domain reference).
const int kReadings[] = {crs::kCgcs2000LonLat, crs::kGcj02, crs::kGaussKruger108,
                         crs::kGaussKruger105, 4524,        4523};

struct Reading
{
    int crs = 0;
    bool swap = false;
    double inside = 0;        // share of the sample inside the district (with the import's margin)
    double roadMetres = 1e12; // median distance of those inside to the nearest road
    QList<QPointF> placed;    // in the store CRS, NaN where PROJ refused
};

// The first vertex of a geometry: enough to tell where a feature lies.
std::optional<QPointF> firstVertex(OGRGeometryH g)
{
    if (!g || OGR_G_IsEmpty(g))
        return std::nullopt;
    if (OGR_G_GetGeometryCount(g) > 0)
        return firstVertex(OGR_G_GetGeometryRef(g, 0));
    if (OGR_G_GetPointCount(g) > 0)
        return QPointF(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0));
    return std::nullopt;
}

QList<QPointF> sample(void *layer)
{
    QList<QPointF> points;
    OGR_L_ResetReading(layer);
    while (points.size() < kSample) {
        const gdal::Feature f(OGR_L_GetNextFeature(layer));
        if (!f)
            break;
        if (const auto p = firstVertex(OGR_F_GetGeometryRef(f.get())))
            points.append(*p);
    }
    OGR_L_ResetReading(layer);
    return points;
}

class Judge
{
public:
    explicit Judge(DistrictStore &store) : m_srid(store.srid())
    {
        if (const auto area = feature_geometries::districtArea(store)) {
            m_near = m_geos.buffer(m_geos.make(*area).get(), 100, 2);
            m_inside = std::make_unique<PreparedArea>(m_geos, m_near.get());
        }
        std::vector<Geos::Ptr> lines;
        for (const Geometry &road : feature_geometries::all(store, tableOf(Layer::Roads)))
            lines.push_back(m_geos.make(road));
        if (!lines.empty()) {
            m_roads = m_geos.collect(std::move(lines), GEOS_MULTILINESTRING);
            m_preparedRoads = GEOSPrepare_r(m_geos.handle(), m_roads.get());
        }
    }
    ~Judge()
    {
        if (m_preparedRoads)
            GEOSPreparedGeom_destroy_r(m_geos.handle(), m_preparedRoads);
    }
    Judge(const Judge &) = delete;
    Judge &operator=(const Judge &) = delete;

    bool canJudge() const { return m_inside != nullptr; }
    bool hasRoads() const { return m_preparedRoads != nullptr; }

    Reading place(const QList<QPointF> &raw, int crs, bool swap) const
    {
        Reading r{crs, swap, 0, 1e12, {}};
        std::unique_ptr<CrsTransform> transform;
        try {
            if (crs != m_srid)
                transform = std::make_unique<CrsTransform>(crs, m_srid);
        } catch (const CrsError &) {
            return r; // PROJ does not know it here: not a reading
        }
        QList<double> distances;
        int inside = 0;
        for (const QPointF &p : raw) {
            QPointF q = swap ? QPointF(p.y(), p.x()) : p;
            if (transform)
                q = transform->forward(q);
            r.placed.append(q);
            if (!std::isfinite(q.x()) || !std::isfinite(q.y()) || !m_inside->contains(q))
                continue;
            ++inside;
            if (m_preparedRoads) {
                double d = 0;
                const Geos::Ptr point = m_geos.point(q);
                if (GEOSPreparedDistance_r(m_geos.handle(), m_preparedRoads, point.get(), &d) == 1)
                    distances.append(d);
            }
        }
        r.inside = raw.isEmpty() ? 0 : double(inside) / raw.size();
        if (!distances.isEmpty()) {
            std::nth_element(distances.begin(), distances.begin() + distances.size() / 2, distances.end());
            r.roadMetres = distances[distances.size() / 2];
        }
        return r;
    }

private:
    Geos m_geos;
    int m_srid;
    Geos::Ptr m_near, m_roads;
    std::unique_ptr<PreparedArea> m_inside;
    const GEOSPreparedGeometry *m_preparedRoads = nullptr;
};

double medianShift(const Reading &a, const Reading &b)
{
    QList<double> d;
    for (qsizetype i = 0; i < a.placed.size() && i < b.placed.size(); ++i) {
        const double s = std::hypot(a.placed[i].x() - b.placed[i].x(), a.placed[i].y() - b.placed[i].y());
        if (std::isfinite(s))
            d.append(s);
    }
    if (d.isEmpty())
        return 0;
    std::nth_element(d.begin(), d.begin() + d.size() / 2, d.end());
    return d[d.size() / 2];
}

QString flagFor(const Reading &r)
{
    QStringList flags;
    flags.append(r.crs == crs::kGcj02 ? QStringLiteral("--crs gcj02")
                                      : QStringLiteral("--crs %1").arg(r.crs));
    if (r.swap)
        flags.append(QStringLiteral("--swap-xy"));
    return flags.join(QLatin1Char(' '));
}

QString readingName(const Reading &r)
{
    const QString name = crs::name(r.crs);
    return r.swap ? ImportCrsHint::tr("%1 with x and y swapped").arg(name) : name;
}

} // namespace

std::optional<ImportCrsHint::Hint> ImportCrsHint::judge(DistrictStore &store, void *layer, int sourceCrs,
                                                        bool swapAxes)
{
    const QList<QPointF> raw = sample(layer);
    const Judge judge(store);
    if (raw.isEmpty() || !judge.canJudge())
        return std::nullopt;
    const Reading asRead = judge.place(raw, sourceCrs, swapAxes);
    std::optional<Reading> best;
    for (int crs : kReadings)
        for (bool swap : {false, true}) {
            if (crs == sourceCrs && swap == swapAxes)
                continue;
            Reading r = judge.place(raw, crs, swap);
            if (!best || r.inside > best->inside + 0.05 ||
                (r.inside >= best->inside - 0.05 && r.roadMetres < best->roadMetres))
                best = std::move(r);
        }
    if (!best)
        return std::nullopt;
    const bool outside = asRead.inside < kMostlyOutside && best->inside >= kMostlyInside;
    const bool offRoads = raw.size() >= kFewestForRoads && judge.hasRoads() &&
                          asRead.inside >= kMostlyOutside && asRead.roadMetres > kFarFromRoads &&
                          best->inside >= asRead.inside - 0.05 && best->roadMetres < kOnRoads &&
                          best->roadMetres * 4 < asRead.roadMetres;
    if (!outside && !offRoads)
        return std::nullopt;
    Hint hint{best->crs, best->swap, medianShift(asRead, *best), QString()};
    const QLocale c = QLocale::c();
    const QString seen =
        outside ? tr("read as %1, %2% of its features lie outside the district; read as %3, %4% lie inside")
                      .arg(readingName(asRead))
                      .arg(qRound(100 * (1 - asRead.inside)))
                      .arg(readingName(*best))
                      .arg(qRound(100 * best->inside))
                : tr("read as %1, its features lie a median %2 m from the district's roads; read as %3, %4 m")
                      .arg(readingName(asRead), c.toString(asRead.roadMetres, 'f', 0), readingName(*best),
                           c.toString(best->roadMetres, 'f', 0));
    hint.message =
        tr("The layer looks like %1, about %2 m from where it is read now (%3). Use %4 to read it so, or "
           "--accept to import it as it is.")
            .arg(readingName(*best), c.toString(hint.offMetres, 'f', 0), seen, flagFor(*best));
    return hint;
}

bool ImportCrsHint::nameSaysGcj02(const QString &file)
{
    const QString name = QFileInfo(file).fileName().toLower();
    return name.contains(QLatin1String("gcj02")) || name.contains(QLatin1String("gcj-02")) ||
           name.contains(QLatin1String("gcj_02")) || name.contains(QStringLiteral("火星"));
}

} // namespace uo
