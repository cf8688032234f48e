#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo {

// The rule every road's segments obey: together they cover the centreline from 0 to its length, in
// order, with no gap and no overlap, each segment longer than nothing. Distances in metres.
struct SegmentSpan
{
    qint64 id;
    double from;
    double to;
};

struct CoverageProblem
{
    enum Kind
    {
        NoSegments,
        GapAtStart,
        Gap,
        Overlap,
        GapAtEnd,
        BeyondEnd,
        Empty
    };
    Kind kind;
    qint64 segment; // the segment the problem starts at (0 when the road has none)
    double from, to;

    QString describe() const;
};

class SegmentCoverage
{
    Q_DECLARE_TR_FUNCTIONS(uo::SegmentCoverage)

public:
    static constexpr double kTolerance = 0.01; // 1 cm

    // The problems of one road, in order along it; spans may come in any order.
    static QList<CoverageProblem> check(double roadLength, QList<SegmentSpan> spans);
};

} // namespace uo
