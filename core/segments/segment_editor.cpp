#include "core/segments/segment_editor.h"
#include "core/error/error.h"

#include "core/segments/polyline.h"
#include "core/segments/segment_collaborators.h"
#include "core/segments/segment_coverage.h"
#include "core/segments/segment_naming.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/locked_rows.h"
#include "core/store/new_rows.h"
#include "core/store/store_error.h"

#include <algorithm>
#include <cmath>

namespace uo {

namespace {

QVariantMap valuesOf(const SegmentRecord &s)
{
    return {{QStringLiteral("road_id"), s.roadId},   {QStringLiteral("from_m"), s.from},
            {QStringLiteral("to_m"), s.to},          {QStringLiteral("name"), s.name},
            {QStringLiteral("chief_id"), s.chiefId}, {QStringLiteral("party_unit_id"), s.partyUnitId}};
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

QList<QPointF> SegmentEditor::centreline(qint64 roadId)
{
    auto st = m_store.db().prepare("SELECT geom FROM roads WHERE id = ?");
    st.bind(1, roadId);
    if (st.step()) {
        int size = 0;
        const char *data = st.blobData(0, &size);
        if (const auto g = geometry_blob::decode(data, size); g && g->type == Geometry::LineString)
            return g->parts.value(0).value(0);
    }
    throw RequestError(tr("Road %1 has no centreline to cut.").arg(roadId));
}

SegmentRecord SegmentEditor::segment(qint64 id)
{
    auto st = m_store.db().prepare("SELECT id, road_id, from_m, to_m, name, coalesce(chief_id, 0), "
                                   "coalesce(party_unit_id, 0) FROM road_segments WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw RequestError(tr("There is no segment %1.").arg(id));
    SegmentRecord s{st.int64(0), st.int64(1), st.real(2),  st.real(3),
                    st.text(4),  st.int64(5), st.int64(6), {}};
    auto people = m_store.db().prepare(
        "SELECT person_id FROM segment_collaborators WHERE segment_id = ? ORDER BY person_id");
    people.bind(1, id);
    while (people.step())
        s.collaborators.append(people.int64(0));
    return s;
}

RoadSegments SegmentEditor::read(qint64 roadId)
{
    RoadSegments state{roadId, {}};
    auto st = m_store.db().prepare("SELECT id FROM road_segments WHERE road_id = ? ORDER BY from_m");
    st.bind(1, roadId);
    QList<qint64> ids;
    while (st.step())
        ids.append(st.int64(0));
    for (qint64 id : ids)
        state.segments.append(segment(id));
    return state;
}

void SegmentEditor::write(const SegmentRecord &s, const QList<QPointF> &road)
{
    auto st = m_store.db().prepare(
        "INSERT INTO road_segments(id, road_id, from_m, to_m, name, chief_id, party_unit_id, geom) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET road_id = excluded.road_id, "
        "from_m = excluded.from_m, to_m = excluded.to_m, name = excluded.name, "
        "chief_id = excluded.chief_id, party_unit_id = excluded.party_unit_id, geom = excluded.geom");
    st.bind(1, s.id).bind(2, s.roadId).bind(3, s.from).bind(4, s.to).bind(5, s.name);
    st.bindVariant(6, idOrNull(s.chiefId)).bindVariant(7, idOrNull(s.partyUnitId));
    st.bindBlob(8, geometry_blob::encode(
                       Geometry::lineString(m_store.srid(), polyline::substring(road, s.from, s.to))));
    st.run();
    replaceCollaborators(m_store.db(), s.id, s.collaborators);
}

void SegmentEditor::verify(qint64 roadId)
{
    QList<SegmentSpan> spans;
    for (const SegmentRecord &s : read(roadId).segments)
        spans.append({s.id, s.from, s.to});
    const QList<CoverageProblem> problems =
        SegmentCoverage::check(polyline::length(centreline(roadId)), spans);
    if (!problems.isEmpty())
        throw RequestError(tr("The change would break road %1's segments: %2.")
                               .arg(roadId)
                               .arg(problems.first().describe()));
}

SegmentRecord SegmentEditor::lockedSegment(qint64 id)
{
    LockedRows::lockOne(m_store.db(), tableOf(Layer::Roads), segment(id).roadId);
    return segment(id); // as the last change of the road before the lock left it
}

RoadSegments SegmentEditor::split(qint64 segmentId, double measure, qint64 *created)
{
    sql::Transaction tx(m_store.db());
    SegmentRecord first = lockedSegment(segmentId);
    const RoadSegments before = read(first.roadId);
    if (measure <= first.from + SegmentCoverage::kTolerance ||
        measure >= first.to - SegmentCoverage::kTolerance)
        throw RequestError(tr("A cut must fall inside the segment (%1–%2 m); %3 m does not.")
                               .arg(first.from, 0, 'f', 2)
                               .arg(first.to, 0, 'f', 2)
                               .arg(measure, 0, 'f', 2));
    const QList<QPointF> road = centreline(first.roadId);
    SegmentRecord second = first;
    second.id = NewRows::id(m_store, Layer::RoadSegments);
    second.from = measure;
    first.to = measure;
    // Both pieces are named after what bounds them now; the user may rename them afterwards.
    const SegmentNaming naming(m_store, first.roadId);
    first.name = naming.nameFor(first.from, first.to);
    second.name = naming.nameFor(second.from, second.to);
    write(first, road);
    write(second, road);
    verify(first.roadId);
    m_store.recordAudit(QStringLiteral("update"), tableOf(Layer::RoadSegments), first.id,
                        {{QStringLiteral("to_m"), second.to}}, {{QStringLiteral("to_m"), first.to}});
    m_store.recordAudit(QStringLiteral("insert"), tableOf(Layer::RoadSegments), second.id, {},
                        valuesOf(second));
    m_store.touch();
    tx.commit();
    if (created)
        *created = second.id;
    return before;
}

RoadSegments SegmentEditor::merge(qint64 firstId, qint64 secondId)
{
    sql::Transaction tx(m_store.db());
    SegmentRecord first = lockedSegment(firstId);
    const SegmentRecord second = segment(secondId);
    if (first.roadId != second.roadId || std::fabs(first.to - second.from) > SegmentCoverage::kTolerance)
        throw RequestError(
            tr("Segments %1 and %2 are not neighbours on one road; only a segment and the next one "
               "along the road can be merged.")
                .arg(firstId)
                .arg(secondId));
    const RoadSegments before = read(first.roadId);
    first.to = second.to;
    for (qint64 person : second.collaborators)
        if (!first.collaborators.contains(person))
            first.collaborators.append(person);
    auto drop = m_store.db().prepare("DELETE FROM road_segments WHERE id = ?");
    drop.bind(1, secondId);
    drop.run();
    write(first, centreline(first.roadId));
    verify(first.roadId);
    m_store.recordAudit(QStringLiteral("delete"), tableOf(Layer::RoadSegments), secondId, valuesOf(second),
                        {});
    m_store.recordAudit(QStringLiteral("update"), tableOf(Layer::RoadSegments), firstId,
                        {{QStringLiteral("to_m"), second.from}}, {{QStringLiteral("to_m"), first.to}});
    m_store.touch();
    tx.commit();
    return before;
}

RoadSegments SegmentEditor::moveBoundary(qint64 firstId, qint64 secondId, double measure)
{
    sql::Transaction tx(m_store.db());
    SegmentRecord first = lockedSegment(firstId);
    SegmentRecord second = segment(secondId);
    if (first.roadId != second.roadId || std::fabs(first.to - second.from) > SegmentCoverage::kTolerance)
        throw RequestError(tr("Segments %1 and %2 do not share a boundary.").arg(firstId).arg(secondId));
    if (measure <= first.from + SegmentCoverage::kTolerance ||
        measure >= second.to - SegmentCoverage::kTolerance)
        throw RequestError(tr("The boundary must stay between %1 and %2 m.")
                               .arg(first.from, 0, 'f', 2)
                               .arg(second.to, 0, 'f', 2));
    const RoadSegments before = read(first.roadId);
    const double old = first.to;
    first.to = second.from = measure;
    const QList<QPointF> road = centreline(first.roadId);
    write(first, road);
    write(second, road);
    verify(first.roadId);
    m_store.recordAudit(QStringLiteral("update"), tableOf(Layer::RoadSegments), firstId,
                        {{QStringLiteral("to_m"), old}}, {{QStringLiteral("to_m"), measure}});
    m_store.recordAudit(QStringLiteral("update"), tableOf(Layer::RoadSegments), secondId,
                        {{QStringLiteral("from_m"), old}}, {{QStringLiteral("from_m"), measure}});
    m_store.touch();
    tx.commit();
    return before;
}

RoadSegments SegmentEditor::rename(qint64 segmentId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw RequestError(tr("A segment needs a name."));
    sql::Transaction tx(m_store.db());
    SegmentRecord s = lockedSegment(segmentId);
    const RoadSegments before = read(s.roadId);
    const QString old = s.name;
    auto st = m_store.db().prepare("UPDATE road_segments SET name = ? WHERE id = ?");
    st.bind(1, trimmed).bind(2, segmentId);
    st.run();
    m_store.recordAudit(QStringLiteral("update"), tableOf(Layer::RoadSegments), segmentId,
                        {{QStringLiteral("name"), old}}, {{QStringLiteral("name"), trimmed}});
    m_store.touch();
    tx.commit();
    return before;
}

void SegmentEditor::restore(const RoadSegments &state)
{
    sql::Transaction tx(m_store.db());
    LockedRows::lockOne(m_store.db(), tableOf(Layer::Roads), state.roadId);
    const RoadSegments now = read(state.roadId);
    QList<qint64> keep;
    for (const SegmentRecord &s : state.segments)
        keep.append(s.id);
    auto drop = m_store.db().prepare("DELETE FROM road_segments WHERE id = ?");
    for (const SegmentRecord &s : now.segments)
        if (!keep.contains(s.id)) {
            drop.bind(1, s.id);
            drop.run();
            m_store.recordAudit(QStringLiteral("delete"), tableOf(Layer::RoadSegments), s.id, valuesOf(s),
                                {});
        }
    const QList<QPointF> road = centreline(state.roadId);
    for (const SegmentRecord &s : state.segments) {
        write(s, road);
        // A segment that did not exist before the restore is audited as inserted, so that the log
        // reads the same as for a split.
        const auto was = std::find_if(now.segments.cbegin(), now.segments.cend(),
                                      [&s](const SegmentRecord &n) { return n.id == s.id; });
        if (was == now.segments.cend())
            m_store.recordAudit(QStringLiteral("insert"), tableOf(Layer::RoadSegments), s.id, {},
                                valuesOf(s));
        else
            m_store.recordAudit(QStringLiteral("update"), tableOf(Layer::RoadSegments), s.id, valuesOf(*was),
                                valuesOf(s));
    }
    if (!state.segments.isEmpty())
        verify(state.roadId);
    m_store.touch();
    tx.commit();
}

} // namespace uo
