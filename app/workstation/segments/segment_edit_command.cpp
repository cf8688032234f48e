#include "app/workstation/segments/segment_edit_command.h"

#include "app/workstation/segments/assign_segments_command.h"
#include "app/workstation/segments/segment_document.h"
#include "core/store/layers.h"

namespace uo {

SegmentEditCommand::SegmentEditCommand(SegmentDocument &document, const QList<RoadSegments> &before,
                                       const QList<RoadSegments> &after, const QString &text)
    : StoreWriteCommand(document, before, after, text), m_document(document)
{
    for (const QList<RoadSegments> *state : {&before, &after})
        for (const RoadSegments &road : *state)
            for (const SegmentRecord &s : road.segments)
                if (!m_segmentIds.contains(s.id))
                    m_segmentIds.append(s.id);
}

edit::Rows SegmentEditCommand::rows(const QList<RoadSegments> &state)
{
    edit::Rows rows;
    for (qint64 id : std::as_const(m_segmentIds))
        rows.insert({tableOf(Layer::RoadSegments), id}, std::nullopt);
    for (const RoadSegments &road : state)
        for (const SegmentRecord &s : road.segments) {
            QVariantMap row = AssignSegmentsCommand::teamRow(s.chiefId, s.partyUnitId, s.collaborators);
            row.insert(QStringLiteral("road_id"), s.roadId);
            row.insert(QStringLiteral("name"), s.name);
            row.insert(QStringLiteral("from_m"), s.from);
            row.insert(QStringLiteral("to_m"), s.to);
            rows.insert({tableOf(Layer::RoadSegments), s.id}, row);
        }
    return rows;
}

QList<RoadSegments> SegmentEditCommand::read(DistrictStore &store)
{
    QList<RoadSegments> now;
    SegmentEditor editor(store);
    for (const RoadSegments &road : before())
        now.append(editor.read(road.roadId));
    return now;
}

void SegmentEditCommand::write(DistrictStore &store, const QList<RoadSegments> &state)
{
    SegmentEditor editor(store);
    for (const RoadSegments &road : state)
        editor.restore(road);
}

void SegmentEditCommand::announce()
{
    emit m_document.assignmentsChanged();
    emit m_document.segmentsChanged();
}

edit::Conflict SegmentEditCommand::shown(const edit::Conflict &conflict)
{
    return AssignSegmentsCommand::withNames(m_document.writableStore(), conflict);
}

} // namespace uo
