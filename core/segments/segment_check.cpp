#include "core/segments/segment_check.h"

#include "core/segments/polyline.h"
#include "core/segments/segment_coverage.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <QHash>
#include <cmath>

namespace uo {

namespace {

QList<QPointF> lineOf(const sql::Statement &st, int column)
{
    int size = 0;
    const char *data = st.blobData(column, &size);
    const auto g = geometry_blob::decode(data, size);
    if (!g || g->type != Geometry::LineString || g->parts.isEmpty() || g->parts[0].isEmpty())
        return {};
    return g->parts[0][0];
}

// Largest distance from a vertex of one line to the other line, both ways.
double separation(const QList<QPointF> &a, const QList<QPointF> &b)
{
    double worst = 0, d = 0;
    for (const QPointF &p : a) {
        polyline::project(b, p, &d);
        worst = std::max(worst, d);
    }
    for (const QPointF &p : b) {
        polyline::project(a, p, &d);
        worst = std::max(worst, d);
    }
    return worst;
}

struct SegmentRow
{
    qint64 id;
    double from, to;
    QList<QPointF> line;
    bool hasChief, chiefActive, chiefIsOfficer;
};

} // namespace

SegmentCheckReport SegmentCheck::run(DistrictStore &store)
{
    SegmentCheckReport report;
    QHash<qint64, QList<SegmentRow>> byRoad;
    auto segments = store.db().prepare(
        "SELECT s.id, s.road_id, s.from_m, s.to_m, s.geom, s.chief_id IS NOT NULL, coalesce(p.active, 0), "
        "coalesce(p.role = 'officer', 0) FROM road_segments s LEFT JOIN people p ON p.id = s.chief_id");
    while (segments.step()) {
        byRoad[segments.int64(1)].append({segments.int64(0), segments.real(2), segments.real(3),
                                          lineOf(segments, 4), segments.int64(5) != 0, segments.int64(6) != 0,
                                          segments.int64(7) != 0});
        ++report.segments;
    }

    auto roads = store.db().prepare("SELECT id, name, geom FROM roads ORDER BY id");
    while (roads.step()) {
        ++report.roads;
        const qint64 roadId = roads.int64(0);
        const QString name = roads.text(1);
        const QList<QPointF> centreline = lineOf(roads, 2);
        auto add = [&](qint64 segment, const QString &text, bool violation) {
            report.findings.append({roadId, name, segment, text, violation});
            (violation ? report.violations : report.needChief)++;
        };
        if (centreline.size() < 2) {
            add(0, tr("the road has no usable centreline"), true);
            continue;
        }
        const QList<SegmentRow> &rows = byRoad[roadId];
        QList<SegmentSpan> spans;
        for (const SegmentRow &row : rows)
            spans.append({row.id, row.from, row.to});
        for (const CoverageProblem &problem : SegmentCoverage::check(polyline::length(centreline), spans))
            add(problem.segment, problem.describe(), true);
        for (const SegmentRow &row : rows) {
            if (row.line.size() < 2)
                add(row.id, tr("the segment has no line geometry"), true);
            else if (const double off =
                         separation(row.line, polyline::substring(centreline, row.from, row.to));
                     off > SegmentCoverage::kTolerance)
                add(row.id, tr("the segment's line is %1 m off its piece of the road").arg(off, 0, 'f', 2),
                    true);
            if (!row.hasChief)
                add(row.id, tr("needs a chief"), false);
            else if (!row.chiefActive || !row.chiefIsOfficer)
                add(row.id, tr("needs a new chief: the chief is inactive or not a city-management officer"),
                    false);
        }
    }
    return report;
}

} // namespace uo
