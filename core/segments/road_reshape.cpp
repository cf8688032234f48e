#include "core/segments/road_reshape.h"
#include "core/error/error.h"

#include "core/segments/polyline.h"
#include "core/segments/segment_coverage.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <cmath>

namespace uo {

namespace {
// A boundary further than this from the new line has not stayed "where it was".
constexpr double kFollowMetres = 50.0;

void writeCentreline(DistrictStore &store, qint64 roadId, const QList<QPointF> &line)
{
    const QVariantMap values = RoadReshape::centrelineValues(store.srid(), line);
    auto st = store.db().prepare("UPDATE roads SET geom = ?, length_m = ? WHERE id = ?");
    st.bindBlob(1, values.value(QStringLiteral("geom")).toByteArray());
    st.bind(2, values.value(QStringLiteral("length_m")).toDouble()).bind(3, roadId);
    st.run();
}
} // namespace

QList<double> RoadReshape::moveBoundaries(const QList<QPointF> &oldLine, const QList<QPointF> &newLine,
                                          const QList<double> &measures)
{
    const double oldLength = polyline::length(oldLine), newLength = polyline::length(newLine);
    QList<double> projected;
    bool follows = true;
    double last = 0;
    for (double m : measures) {
        double distance = 0;
        const double at = polyline::project(newLine, polyline::pointAt(oldLine, m), &distance);
        if (distance > kFollowMetres || at <= last + SegmentCoverage::kTolerance ||
            at >= newLength - SegmentCoverage::kTolerance)
            follows = false;
        projected.append(at);
        last = at;
    }
    if (follows)
        return projected;
    QList<double> shares;
    for (double m : measures)
        shares.append(m * newLength / oldLength);
    return shares;
}

QVariantMap RoadReshape::centrelineValues(int srid, const QList<QPointF> &centreline)
{
    return {{QStringLiteral("geom"), geometry_blob::encode(Geometry::lineString(srid, centreline))},
            {QStringLiteral("length_m"), std::round(polyline::length(centreline) * 100) / 100}};
}

RoadShape RoadReshape::apply(DistrictStore &store, qint64 roadId, const QList<QPointF> &centreline)
{
    if (centreline.size() < 2 || polyline::length(centreline) <= SegmentCoverage::kTolerance)
        throw RequestError(tr("A road's centreline needs at least two distinct points."));
    SegmentEditor editor(store);
    sql::Transaction tx(store.db());
    RoadShape before{editor.centreline(roadId), editor.read(roadId)};
    writeCentreline(store, roadId, centreline);
    store.recordAudit(QStringLiteral("update"), tableOf(Layer::Roads), roadId,
                      {{QStringLiteral("length_m"), polyline::length(before.centreline)}},
                      {{QStringLiteral("length_m"), polyline::length(centreline)}});
    follow(store, roadId, before.centreline);
    store.touch();
    tx.commit();
    return before;
}

void RoadReshape::follow(DistrictStore &store, qint64 roadId, const QList<QPointF> &oldLine)
{
    SegmentEditor editor(store);
    RoadSegments after = editor.read(roadId);
    if (after.segments.isEmpty())
        return;
    const QList<QPointF> centreline = editor.centreline(roadId);
    if (centreline.size() < 2 || polyline::length(centreline) <= SegmentCoverage::kTolerance)
        throw RequestError(tr("Road %1's centreline needs at least two distinct points.").arg(roadId));
    QList<double> inner;
    for (qsizetype i = 1; i < after.segments.size(); ++i)
        inner.append(after.segments[i].from);
    const QList<double> moved = moveBoundaries(oldLine, centreline, inner);
    const double length = polyline::length(centreline);
    for (qsizetype i = 0; i < after.segments.size(); ++i) {
        after.segments[i].from = i == 0 ? 0.0 : moved[i - 1];
        after.segments[i].to = i + 1 == after.segments.size() ? length : moved[i];
    }
    editor.restore(after); // rewrites every piece from the new line and checks the coverage
}

void RoadReshape::restore(DistrictStore &store, qint64 roadId, const RoadShape &shape)
{
    sql::Transaction tx(store.db());
    writeCentreline(store, roadId, shape.centreline);
    store.recordAudit(QStringLiteral("update"), tableOf(Layer::Roads), roadId, {},
                      {{QStringLiteral("length_m"), polyline::length(shape.centreline)}});
    if (!shape.segments.segments.isEmpty())
        SegmentEditor(store).restore(shape.segments);
    store.touch();
    tx.commit();
}

} // namespace uo
