#pragma once

#include "core/segments/segment_editor.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;

// A proposed cut of one road into segments, for the user to accept, edit or reject road by road.
struct RoadProposal
{
    struct Piece
    {
        double from = 0, to = 0;
        QString name; // derived (see SegmentNaming)
    };
    qint64 roadId = 0;
    QString roadName;
    double length = 0;
    QList<Piece> pieces;
    int currentSegments = 0; // how many the road has now
};

// Proposes segments for roads: cut where roads of the chosen grades cross, then cut what is still
// longer than a maximum into equal pieces. Cuts closer than a minimum piece to an end or to each other
// are dropped, so that a junction a few metres from the road's end makes no sliver.
class SegmentProposals
{
    Q_DECLARE_TR_FUNCTIONS(uo::SegmentProposals)

public:
    struct Options
    {
        QStringList crossGrades{QStringLiteral("trunk"), QStringLiteral("main")};
        double maxLength = 0; // 0: no maximum
        double minPiece = 30;
    };

    static RoadProposal propose(DistrictStore &store, qint64 roadId, const Options &options);
    // Every road, or those in `roadIds`.
    static QList<RoadProposal> proposeAll(DistrictStore &store, const Options &options,
                                          const QList<qint64> &roadIds = {});

    // Replaces the road's segments with the proposal's pieces in one transaction (audited; checked
    // like every segment edit). A piece keeps the people of the segment that covered its middle, and
    // the first piece over each old segment keeps that segment's id. Returns the road's segments as
    // they were, for SegmentEditor::restore (the undo).
    static RoadSegments apply(DistrictStore &store, const RoadProposal &proposal);
    // Cuts every road as proposed, all roads or none (one transaction: a refusal or a kill halfway leaves
    // every road as it was); returns how many roads were cut.
    static int applyAll(DistrictStore &store, const QList<RoadProposal> &proposals);
};

} // namespace uo
