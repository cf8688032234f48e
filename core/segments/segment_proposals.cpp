#include "core/segments/segment_proposals.h"
#include "core/error/error.h"

#include "core/segments/segment_naming.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/locked_rows.h"
#include "core/store/new_rows.h"
#include "core/store/store_error.h"

#include <algorithm>
#include <cmath>

namespace uo {

RoadProposal SegmentProposals::propose(DistrictStore &store, qint64 roadId, const Options &options)
{
    const SegmentNaming naming(store, roadId);
    RoadProposal proposal;
    proposal.roadId = roadId;
    proposal.roadName = naming.roadName();
    proposal.length = naming.length();
    auto count = store.db().prepare("SELECT count(*) FROM road_segments WHERE road_id = ?");
    count.bind(1, roadId);
    count.step();
    proposal.currentSegments = int(count.int64(0));

    const double length = naming.length();
    QList<double> cuts{0.0};
    for (const SegmentNaming::Crossing &c : naming.crossings())
        if (options.crossGrades.contains(c.grade) && c.measure >= cuts.last() + options.minPiece &&
            c.measure <= length - options.minPiece)
            cuts.append(c.measure);
    cuts.append(length);

    // Pieces still too long are cut into equal shares.
    QList<double> all{0.0};
    for (qsizetype i = 1; i < cuts.size(); ++i) {
        const double from = cuts[i - 1], to = cuts[i];
        const int shares = options.maxLength > 0 ? int(std::ceil((to - from) / options.maxLength - 1e-9)) : 1;
        for (int k = 1; k < shares; ++k)
            all.append(from + (to - from) * k / shares);
        all.append(to);
    }
    for (qsizetype i = 1; i < all.size(); ++i)
        proposal.pieces.append({all[i - 1], all[i], naming.nameFor(all[i - 1], all[i])});
    return proposal;
}

QList<RoadProposal> SegmentProposals::proposeAll(DistrictStore &store, const Options &options,
                                                 const QList<qint64> &roadIds)
{
    QList<qint64> ids = roadIds;
    if (ids.isEmpty()) {
        auto st = store.db().prepare("SELECT id FROM roads ORDER BY id");
        while (st.step())
            ids.append(st.int64(0));
    }
    QList<RoadProposal> out;
    for (qint64 id : std::as_const(ids))
        out.append(propose(store, id, options));
    return out;
}

RoadSegments SegmentProposals::apply(DistrictStore &store, const RoadProposal &proposal)
{
    if (proposal.pieces.isEmpty())
        throw RequestError(tr("The proposal for %1 has no pieces.").arg(proposal.roadName));
    // The road's segments as they are under its lock, and the new pieces' ids, in the transaction that
    // writes them: two workstations applying proposals at once never give two pieces one id.
    sql::Transaction tx = store.transaction();
    LockedRows::lockOne(store.db(), tableOf(Layer::Roads), proposal.roadId);
    SegmentEditor editor(store);
    const RoadSegments before = editor.read(proposal.roadId);
    RoadSegments after{proposal.roadId, {}};
    QList<qint64> reused;
    for (const RoadProposal::Piece &piece : proposal.pieces) {
        SegmentRecord s;
        s.roadId = proposal.roadId;
        s.from = piece.from;
        s.to = piece.to;
        s.name = piece.name;
        const double middle = (piece.from + piece.to) / 2;
        for (const SegmentRecord &old : before.segments)
            if (old.from <= middle && middle <= old.to) {
                s.chiefId = old.chiefId;
                s.partyUnitId = old.partyUnitId;
                s.collaborators = old.collaborators;
                if (!reused.contains(old.id)) {
                    s.id = old.id;
                    reused.append(old.id);
                }
                break;
            }
        after.segments.append(s);
    }
    const auto fresh = std::count_if(after.segments.cbegin(), after.segments.cend(),
                                     [](const SegmentRecord &s) { return s.id == 0; });
    const QList<qint64> ids = NewRows::ids(store, Layer::RoadSegments, int(fresh));
    qsizetype next = 0;
    for (SegmentRecord &s : after.segments)
        if (s.id == 0)
            s.id = ids[next++];
    editor.restore(after); // checked and audited
    tx.commit();
    return before;
}

int SegmentProposals::applyAll(DistrictStore &store, const QList<RoadProposal> &proposals)
{
    sql::Transaction tx = store.transaction();
    for (const RoadProposal &p : proposals)
        apply(store, p);
    tx.commit();
    return int(proposals.size());
}

} // namespace uo
