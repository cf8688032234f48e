#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;

// One segment with the names of the people and the unit that work it, as lists and tables show it.
struct SegmentSummary
{
    qint64 id = 0;
    qint64 roadId = 0;
    QString roadName;
    QString name;
    double from = 0, to = 0; // measures along the road, metres
    qint64 chiefId = 0;
    QString chiefName;
    bool chiefActive = false;
    bool chiefIsOfficer = false;
    QList<qint64> collaboratorIds; // ascending
    QStringList collaboratorNames; // in the same order
    qint64 partyUnitId = 0;
    QString partyUnitName;

    double length() const { return to - from; }
    // The same rule as SegmentCheck: no chief, or one who is inactive or not an officer.
    bool needsChief() const { return chiefId == 0 || !chiefActive || !chiefIsOfficer; }
};

// What one chief carries. Active officers without segments are listed too: they are who can take more.
struct ChiefWorkload
{
    qint64 personId = 0;
    QString name;
    QString unit;
    bool active = true;
    int segments = 0;
    double kilometres = 0;
};

// The figures of the progress card.
struct ProgressFigures
{
    int roads = 0;
    int segments = 0;
    int assigned = 0;        // with an active officer as chief
    int unassigned = 0;      // needing a chief
    int roadsNotCovered = 0; // roads whose segments leave a gap, overlap, or that have none
    double kilometres = 0;   // of segments
    double assignedKilometres = 0;
};

// A responsible unit a segment can be given.
struct PartyBranch
{
    qint64 id = 0;
    QString name;
};

// Read-only questions about segments and who works them.
class SegmentQueries
{
    Q_DECLARE_TR_FUNCTIONS(uo::SegmentQueries)

public:
    explicit SegmentQueries(DistrictStore &store) : m_store(store) {}

    // Every segment, or only `ids`, in road order.
    QList<SegmentSummary> segments(const QList<qint64> &ids = {});
    QList<SegmentSummary> unassigned();
    // Per chief, most segments first.
    QList<ChiefWorkload> workload();
    ProgressFigures progress();
    QList<PartyBranch> partyBranches();
    // Every segment's id and name, by name: what a filter offers to pick from.
    QList<QPair<qint64, QString>> segmentNames();
    // The grades the district's roads have, in order: a choice of grades offers no other.
    QStringList roadGrades();
    // Those of `ids` that are segments in the store now (a merge may have removed some), in the order given.
    QList<qint64> existingSegments(const QList<qint64> &ids);

private:
    DistrictStore &m_store;
};

} // namespace uo
