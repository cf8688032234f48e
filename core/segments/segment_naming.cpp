#include "core/segments/segment_naming.h"

#include "core/segments/polyline.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/spatial_sql.h"
#include "core/store/store_error.h"

#include <QRectF>
#include <algorithm>
#include <cmath>
#include <optional>

namespace uo {

namespace {

std::optional<QList<QPointF>> lineOf(const char *data, int size)
{
    const auto g = geometry_blob::decode(data, size);
    if (!g || g->type != Geometry::LineString || g->parts.isEmpty() || g->parts.first().isEmpty())
        return std::nullopt;
    return g->parts.first().first();
}

// Where segment p0-p1 meets q0-q1, if it does.
std::optional<QPointF> intersect(QPointF p0, QPointF p1, QPointF q0, QPointF q1)
{
    const QPointF r = p1 - p0, s = q1 - q0;
    const double denom = r.x() * s.y() - r.y() * s.x();
    if (std::fabs(denom) < 1e-12)
        return std::nullopt; // parallel: a shared stretch is found by the end-point test
    const QPointF qp = q0 - p0;
    const double t = (qp.x() * s.y() - qp.y() * s.x()) / denom;
    const double u = (qp.x() * r.y() - qp.y() * r.x()) / denom;
    if (t < -1e-9 || t > 1 + 1e-9 || u < -1e-9 || u > 1 + 1e-9)
        return std::nullopt;
    return p0 + r * t;
}

QRectF boundsOf(const QList<QPointF> &line)
{
    double x0 = line.first().x(), x1 = x0, y0 = line.first().y(), y1 = y0;
    for (const QPointF &p : line) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace

SegmentNaming::SegmentNaming(DistrictStore &store, qint64 roadId)
{
    auto road = store.db().prepare("SELECT name, geom FROM roads WHERE id = ?");
    road.bind(1, roadId);
    std::optional<QList<QPointF>> line;
    if (road.step()) {
        m_roadName = road.text(0);
        int size = 0;
        const char *data = road.blobData(1, &size);
        line = lineOf(data, size);
    }
    if (!line)
        throw StoreError(StoreError::Kind::Invalid, tr("Road %1 has no centreline.").arg(roadId));
    m_line = *line;
    m_length = polyline::length(m_line);
    const QRectF bounds =
        boundsOf(m_line).adjusted(-kJunctionMetres, -kJunctionMetres, kJunctionMetres, kJunctionMetres);

    // Only roads whose box meets this one's are looked at, through the spatial index.
    sql::Database &db = store.db();
    auto others = db.prepare("SELECT r.id, r.name, r.grade, r.geom FROM roads r WHERE r.id != ? AND " +
                             spatial_sql::inFrame(db, "r", tableName(Layer::Roads),
                                                  spatial_sql::box(db, store.srid(), "?", "?", "?", "?")));
    others.bind(1, roadId)
        .bind(2, bounds.left())
        .bind(3, bounds.top())
        .bind(4, bounds.right())
        .bind(5, bounds.bottom());
    while (others.step()) {
        int size = 0;
        const char *data = others.blobData(3, &size);
        const auto other = lineOf(data, size);
        if (!other)
            continue;
        QList<double> at;
        for (qsizetype i = 0; i + 1 < m_line.size(); ++i)
            for (qsizetype j = 0; j + 1 < other->size(); ++j)
                if (const auto p = intersect(m_line[i], m_line[i + 1], (*other)[j], (*other)[j + 1]))
                    at.append(polyline::project(m_line, *p));
        // A road that ends on this one (a T junction) may stop a hair short of it.
        for (const QPointF &end : {other->first(), other->last()}) {
            double distance = 0;
            const double m = polyline::project(m_line, end, &distance);
            if (distance <= kJunctionMetres)
                at.append(m);
        }
        std::sort(at.begin(), at.end());
        for (qsizetype k = 0; k < at.size(); ++k)
            if (k == 0 || at[k] - at[k - 1] > kJunctionMetres)
                m_crossings.append({at[k], others.int64(0), others.text(1), others.text(2)});
    }
    std::sort(m_crossings.begin(), m_crossings.end(),
              [](const Crossing &a, const Crossing &b) { return a.measure < b.measure; });
}

QString SegmentNaming::chainage(double measure)
{
    const int metres = int(std::lround(measure));
    return QStringLiteral("K%1+%2").arg(metres / 1000).arg(metres % 1000, 3, 10, QLatin1Char('0'));
}

QString SegmentNaming::labelAt(double measure) const
{
    const bool end = measure <= kJunctionMetres || measure >= m_length - kJunctionMetres;
    const double reach = end ? kEndMetres : kJunctionMetres;
    const Crossing *best = nullptr;
    for (const Crossing &c : m_crossings)
        if (std::fabs(c.measure - measure) <= reach &&
            (!best || std::fabs(c.measure - measure) < std::fabs(best->measure - measure)))
            best = &c;
    if (best)
        return best->name;
    if (end)
        return measure <= kJunctionMetres ? tr("start") : tr("end");
    return chainage(measure);
}

QString SegmentNaming::nameFor(double from, double to) const
{
    const QString a = labelAt(from), b = labelAt(to);
    const bool whole = from <= kJunctionMetres && to >= m_length - kJunctionMetres;
    if (whole && a == tr("start") && b == tr("end"))
        return m_roadName;
    return tr("%1 (%2 \u2014 %3)").arg(m_roadName, a, b);
}

} // namespace uo
