#pragma once

#include "core/segments/segment_editor.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QVariantMap>

namespace uo {

class DistrictStore;

// A road's centreline and its segments at one moment: what undoing a reshape puts back.
struct RoadShape
{
    QList<QPointF> centreline;
    RoadSegments segments;
};

// Gives a road a new centreline and keeps its segments valid: each boundary between two segments stays
// where it was on the ground (its point on the old line is projected onto the new one), and the
// segments are cut again from the new line. Where the new line no longer passes the old boundaries in
// order (a road redrawn the other way, or moved far), the boundaries keep their share of the length
// instead. One transaction, checked like every segment edit, audited.
class RoadReshape
{
    Q_DECLARE_TR_FUNCTIONS(uo::RoadReshape)

public:
    // Returns the road as it was, for restore().
    static RoadShape apply(DistrictStore &store, qint64 roadId, const QList<QPointF> &centreline);
    static void restore(DistrictStore &store, qint64 roadId, const RoadShape &shape);
    // For a road whose centreline the caller has just rewritten (in its transaction) from `oldLine`, e.g.
    // an edit session's save: moves the segment boundaries as apply() does and cuts the segments again
    // from the new line. Nothing to do for a road without segments.
    static void follow(DistrictStore &store, qint64 roadId, const QList<QPointF> &oldLine);
    // The columns of `roads` that a new centreline sets: `geom` (a SpatiaLite blob) and `length_m`.
    static QVariantMap centrelineValues(int srid, const QList<QPointF> &centreline);

    // The boundary measures on the new line for boundaries at `measures` on the old one.
    static QList<double> moveBoundaries(const QList<QPointF> &oldLine, const QList<QPointF> &newLine,
                                        const QList<double> &measures);
};

} // namespace uo
