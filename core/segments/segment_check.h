#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;

struct SegmentFinding
{
    qint64 roadId = 0;
    QString roadName;
    qint64 segmentId = 0;
    QString text;
    bool violation = true; // false: a state to act on (a segment needing a chief), not a broken rule
};

struct SegmentCheckReport
{
    QList<SegmentFinding> findings;
    int roads = 0;
    int segments = 0;
    int violations = 0;
    int needChief = 0;
};

// Checks every road of a store against the segment rules: coverage from end to end without gap or
// overlap, each segment's geometry the matching piece of the road's centreline (1 cm), and each
// segment with an active city-management officer as its chief.
class SegmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(uo::SegmentCheck)

public:
    static SegmentCheckReport run(DistrictStore &store);
};

} // namespace uo
