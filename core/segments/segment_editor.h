#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace uo {

class DistrictStore;

// Everything stored about one segment, enough to put it back exactly as it was.
struct SegmentRecord
{
    qint64 id = 0;
    qint64 roadId = 0;
    double from = 0, to = 0;
    QString name;
    qint64 chiefId = 0;     // 0: none
    qint64 partyUnitId = 0; // 0: none
    QList<qint64> collaborators;

    bool operator==(const SegmentRecord &) const = default;
};

// All segments of one road at one moment: what an undo step restores.
struct RoadSegments
{
    qint64 roadId = 0;
    QList<SegmentRecord> segments; // in order along the road
};

// Splits, merges and moves segment boundaries on the store, each as one transaction that keeps the
// road covered end to end (checked before commit) and is recorded in the audit log. Each returns the
// road's segments before the change, which restore() puts back, ids included: the undo of the step.
// Refusals throw RequestError with a sentence that says what to do instead.
class SegmentEditor
{
    Q_DECLARE_TR_FUNCTIONS(uo::SegmentEditor)

public:
    explicit SegmentEditor(DistrictStore &store) : m_store(store) {}

    RoadSegments read(qint64 roadId);
    // Cuts a segment at a measure along its road; the new piece (after the cut) takes the same chief,
    // collaborators and Party branch. *created gets the new segment's id.
    RoadSegments split(qint64 segmentId, double measure, qint64 *created = nullptr);
    // Joins a segment with the next one along the road; the first keeps its id and people.
    RoadSegments merge(qint64 firstId, qint64 secondId);
    // Moves the boundary between two neighbouring segments to a measure.
    RoadSegments moveBoundary(qint64 firstId, qint64 secondId, double measure);
    // Gives a segment a name of the user's (derived names come from SegmentNaming).
    RoadSegments rename(qint64 segmentId, const QString &name);
    // Writes a road's segments back to exactly `state`.
    void restore(const RoadSegments &state);

    QList<QPointF> centreline(qint64 roadId);

private:
    SegmentRecord segment(qint64 id);
    // Inside the change's transaction: locks the segment's road, then reads the segment. Two
    // workstations changing one road's segments on a server take turns, each checking the road's
    // coverage against what the other committed (on a file the write lock already does this).
    SegmentRecord lockedSegment(qint64 id);
    void write(const SegmentRecord &record, const QList<QPointF> &road);
    void verify(qint64 roadId);

    DistrictStore &m_store;
};

} // namespace uo
