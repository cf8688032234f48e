#pragma once

#include "core/segments/segment_editor.h"
#include "core/segments/segment_proposals.h"

#include <QList>

namespace uo {

class SegmentNaming;

// The road's segments once the split tool's cuts are made: the boundaries it has now (or its two ends
// when it has no segments) plus the cuts, as a proposal that SegmentProposals::apply writes in one
// transaction. A segment the cuts leave whole keeps its name; the pieces of a cut one are named after
// what bounds them, as SegmentEditor::split names them.
namespace split_plan {

// Cuts closer than this to a boundary, an end or another cut are dropped: they would make a sliver.
constexpr double kMinPiece = 1.0;

RoadProposal proposal(const SegmentNaming &naming, qint64 roadId, const QList<SegmentRecord> &segments,
                      QList<double> cuts);
// Whether a cut at `measure` would make a piece shorter than kMinPiece.
bool isTooClose(double measure, double length, const QList<SegmentRecord> &segments,
                const QList<double> &cuts);

} // namespace split_plan

} // namespace uo
