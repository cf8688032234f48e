#pragma once

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace uo {

class DistrictStore;

// Who works one segment: its chief, its collaborators and its Party branch. Ids; 0 means none.
struct SegmentAssignment
{
    qint64 segmentId = 0;
    qint64 chiefId = 0;
    QList<qint64> collaborators; // ascending
    qint64 partyUnitId = 0;

    bool operator==(const SegmentAssignment &) const = default;
};

// One edit applied to many segments. A field left unset keeps what each segment has, so that a
// selection whose segments differ can still be given, say, one Party branch without losing their chiefs.
struct AssignmentChange
{
    std::optional<qint64> chiefId;     // 0 clears the chief
    std::optional<qint64> partyUnitId; // 0 clears the Party branch
    QList<qint64> addCollaborators;    // added where missing
    QList<qint64> removeCollaborators; // taken off where present
};

// Assigns people to segments. A change to many segments is one transaction, recorded in the audit log
// segment by segment. The rules of the bureau are checked before anything is written: a chief is an
// active city-management officer, a collaborator is active municipal-works, greening or sanitation
// staff, the responsible unit is a Party branch. A refusal throws RequestError naming the person.
class SegmentAssignments
{
    Q_DECLARE_TR_FUNCTIONS(uo::SegmentAssignments)

public:
    explicit SegmentAssignments(DistrictStore &store) : m_store(store) {}

    // The assignments of the given segments, in the order given.
    QList<SegmentAssignment> read(const QList<qint64> &segmentIds);
    // Applies `change` to every segment; returns their assignments before it, which restore() puts back.
    QList<SegmentAssignment> assign(const QList<qint64> &segmentIds, const AssignmentChange &change);
    // Writes the assignments back exactly as given, without the rules: an undo may bring back a chief
    // who has since been deactivated, and the segment is then flagged again as needing a new one.
    void restore(const QList<SegmentAssignment> &state);

private:
    void checkChange(const AssignmentChange &change);
    void write(const SegmentAssignment &before, const SegmentAssignment &after);

    DistrictStore &m_store;
};

} // namespace uo
