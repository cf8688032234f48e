#include "core/segments/segment_coverage.h"

#include <algorithm>

namespace uo {

QString CoverageProblem::describe() const
{
    const QString a = QString::number(from, 'f', 2), b = QString::number(to, 'f', 2);
    switch (kind) {
    case NoSegments:
        return SegmentCoverage::tr("the road has no segments");
    case GapAtStart:
        return SegmentCoverage::tr("nothing covers the start of the road, %1–%2 m").arg(a, b);
    case Gap:
        return SegmentCoverage::tr("gap between segments at %1–%2 m").arg(a, b);
    case Overlap:
        return SegmentCoverage::tr("segments overlap at %1–%2 m").arg(a, b);
    case GapAtEnd:
        return SegmentCoverage::tr("nothing covers the end of the road, %1–%2 m").arg(a, b);
    case BeyondEnd:
        return SegmentCoverage::tr("segment runs past the end of the road, %1–%2 m").arg(a, b);
    case Empty:
        return SegmentCoverage::tr("segment has no length (%1–%2 m)").arg(a, b);
    }
    return QString();
}

QList<CoverageProblem> SegmentCoverage::check(double roadLength, QList<SegmentSpan> spans)
{
    QList<CoverageProblem> problems;
    if (spans.isEmpty()) {
        problems.append({CoverageProblem::NoSegments, 0, 0, roadLength});
        return problems;
    }
    std::sort(spans.begin(), spans.end(), [](const SegmentSpan &a, const SegmentSpan &b) {
        return a.from < b.from || (a.from == b.from && a.to < b.to);
    });
    double reached = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const SegmentSpan &s = spans[i];
        if (s.to - s.from <= kTolerance)
            problems.append({CoverageProblem::Empty, s.id, s.from, s.to});
        if (s.from > reached + kTolerance)
            problems.append(
                {i == 0 ? CoverageProblem::GapAtStart : CoverageProblem::Gap, s.id, reached, s.from});
        else if (s.from < reached - kTolerance)
            problems.append({CoverageProblem::Overlap, s.id, s.from, std::min(reached, s.to)});
        reached = std::max(reached, s.to);
    }
    if (reached < roadLength - kTolerance)
        problems.append({CoverageProblem::GapAtEnd, spans.last().id, reached, roadLength});
    else if (reached > roadLength + kTolerance)
        problems.append({CoverageProblem::BeyondEnd, spans.last().id, roadLength, reached});
    return problems;
}

} // namespace uo
