#include "app/workstation/segments/split_plan.h"

#include "core/segments/segment_naming.h"

#include <algorithm>
#include <cmath>

namespace uo::split_plan {

bool isTooClose(double measure, double length, const QList<SegmentRecord> &segments,
                const QList<double> &cuts)
{
    if (measure < kMinPiece || measure > length - kMinPiece)
        return true;
    for (const SegmentRecord &s : segments)
        if (std::abs(s.from - measure) < kMinPiece || std::abs(s.to - measure) < kMinPiece)
            return true;
    return std::any_of(cuts.begin(), cuts.end(),
                       [measure](double c) { return std::abs(c - measure) < kMinPiece; });
}

RoadProposal proposal(const SegmentNaming &naming, qint64 roadId, const QList<SegmentRecord> &segments,
                      QList<double> cuts)
{
    RoadProposal p;
    p.roadId = roadId;
    p.roadName = naming.roadName();
    p.length = naming.length();
    p.currentSegments = int(segments.size());
    std::sort(cuts.begin(), cuts.end());

    // The stretches to cut: the segments, or the whole road when it has none yet.
    QList<SegmentRecord> stretches = segments;
    if (stretches.isEmpty()) {
        SegmentRecord whole;
        whole.from = 0;
        whole.to = p.length;
        stretches.append(whole);
    }
    for (const SegmentRecord &s : stretches) {
        QList<double> inside;
        for (double c : cuts)
            if (c > s.from && c < s.to)
                inside.append(c);
        if (inside.isEmpty()) {
            const QString name = s.name.isEmpty() ? naming.nameFor(s.from, s.to) : s.name;
            p.pieces.append({s.from, s.to, name});
            continue;
        }
        double from = s.from;
        inside.append(s.to);
        for (double to : inside) {
            p.pieces.append({from, to, naming.nameFor(from, to)});
            from = to;
        }
    }
    return p;
}

} // namespace uo::split_plan
