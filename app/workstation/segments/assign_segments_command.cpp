#include "app/workstation/segments/assign_segments_command.h"

#include "app/workstation/segments/segment_document.h"
#include "core/segments/roster.h"
#include "core/segments/segment_queries.h"
#include "core/store/layers.h"

#include <QHash>

namespace uo {

AssignSegmentsCommand::AssignSegmentsCommand(SegmentDocument &document,
                                             const QList<SegmentAssignment> &before,
                                             const QList<SegmentAssignment> &after, const QString &text)
    : StoreWriteCommand(document, before, after, text), m_document(document)
{
}

QVariantMap AssignSegmentsCommand::teamRow(qint64 chiefId, qint64 partyUnitId,
                                           const QList<qint64> &collaborators)
{
    QStringList team;
    for (qint64 id : collaborators)
        team << QString::number(id);
    return {{QStringLiteral("chief_id"), chiefId},
            {QStringLiteral("party_unit_id"), partyUnitId},
            {QStringLiteral("collaborators"), team.join(QLatin1Char(','))}};
}

edit::Conflict AssignSegmentsCommand::withNames(DistrictStore &store, edit::Conflict conflict)
{
    QHash<qint64, QString> people, branches;
    for (const Person &p : Roster(store).people())
        people.insert(p.id, p.name);
    for (const PartyBranch &b : SegmentQueries(store).partyBranches())
        branches.insert(b.id, b.name);
    for (edit::RowState *row : {&conflict.original, &conflict.mine, &conflict.theirs}) {
        if (!*row)
            continue;
        QVariantMap &values = **row;
        if (values.contains(QStringLiteral("chief_id")))
            values[QStringLiteral("chief_id")] =
                people.value(values.value(QStringLiteral("chief_id")).toLongLong());
        if (values.contains(QStringLiteral("party_unit_id")))
            values[QStringLiteral("party_unit_id")] =
                branches.value(values.value(QStringLiteral("party_unit_id")).toLongLong());
        if (values.contains(QStringLiteral("collaborators"))) {
            QStringList names;
            for (const QString &id : values.value(QStringLiteral("collaborators"))
                                         .toString()
                                         .split(QLatin1Char(','), Qt::SkipEmptyParts))
                names << people.value(id.toLongLong(), id);
            values[QStringLiteral("collaborators")] = names.join(QStringLiteral("、"));
        }
    }
    return conflict;
}

edit::Rows AssignSegmentsCommand::rows(const QList<SegmentAssignment> &state)
{
    edit::Rows rows;
    for (const SegmentAssignment &a : state)
        rows.insert({tableOf(Layer::RoadSegments), a.segmentId},
                    teamRow(a.chiefId, a.partyUnitId, a.collaborators));
    return rows;
}

QList<SegmentAssignment> AssignSegmentsCommand::read(DistrictStore &store)
{
    QList<qint64> ids;
    for (const SegmentAssignment &a : before())
        ids.append(a.segmentId);
    // A segment merged away meanwhile is missing from the state now: a conflict, not a failure.
    QList<SegmentAssignment> now;
    for (qint64 id : SegmentQueries(store).existingSegments(ids))
        now += SegmentAssignments(store).read({id});
    return now;
}

void AssignSegmentsCommand::write(DistrictStore &store, const QList<SegmentAssignment> &state)
{
    SegmentAssignments(store).restore(state);
}

void AssignSegmentsCommand::announce()
{
    emit m_document.assignmentsChanged();
}

edit::Conflict AssignSegmentsCommand::shown(const edit::Conflict &conflict)
{
    return withNames(m_document.writableStore(), conflict);
}

} // namespace uo
