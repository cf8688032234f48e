#include "core/segments/segment_assignment.h"
#include "core/error/error.h"

#include "core/segments/segment_collaborators.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QSet>
#include <algorithm>

namespace uo {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(';'));
}

QVariantMap auditValues(const SegmentAssignment &a)
{
    return {{QStringLiteral("chief_id"), idOrNull(a.chiefId)},
            {QStringLiteral("party_unit_id"), idOrNull(a.partyUnitId)},
            {QStringLiteral("collaborators"), idList(a.collaborators)}};
}

struct PersonFacts
{
    QString name, role;
    bool active = false;
};

} // namespace

QList<SegmentAssignment> SegmentAssignments::read(const QList<qint64> &segmentIds)
{
    QList<SegmentAssignment> out;
    auto segment = m_store.db().prepare(
        "SELECT coalesce(chief_id, 0), coalesce(party_unit_id, 0) FROM road_segments WHERE id = ?");
    auto team = m_store.db().prepare(
        "SELECT person_id FROM segment_collaborators WHERE segment_id = ? ORDER BY person_id");
    for (qint64 id : segmentIds) {
        segment.bind(1, id);
        if (!segment.step()) {
            segment.reset();
            throw RequestError(tr("There is no segment %1; it may have been merged into another.").arg(id));
        }
        SegmentAssignment a{id, segment.int64(0), {}, segment.int64(1)};
        segment.reset();
        team.bind(1, id);
        while (team.step())
            a.collaborators.append(team.int64(0));
        team.reset();
        out.append(a);
    }
    return out;
}

void SegmentAssignments::checkChange(const AssignmentChange &change)
{
    auto lookup = [this](qint64 id) {
        auto st = m_store.db().prepare("SELECT name, role, active FROM people WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            throw RequestError(tr("There is no person %1 in the roster.").arg(id));
        return PersonFacts{st.text(0), st.text(1), st.int64(2) != 0};
    };
    if (change.chiefId && *change.chiefId > 0) {
        const PersonFacts chief = lookup(*change.chiefId);
        if (chief.role != QLatin1String("officer"))
            throw RequestError(tr("%1 cannot be a segment chief: a chief must be a city-management officer.")
                                   .arg(chief.name));
        if (!chief.active)
            throw RequestError(
                tr("%1 is no longer active and cannot be made a segment chief; reactivate them in "
                   "the roster first.")
                    .arg(chief.name));
    }
    for (qint64 id : change.addCollaborators) {
        if (change.removeCollaborators.contains(id))
            throw RequestError(
                tr("Person %1 cannot be added to and taken off the same segments at once.").arg(id));
        const PersonFacts person = lookup(id);
        if (person.role == QLatin1String("officer"))
            throw RequestError(tr("%1 is a city-management officer; collaborators come from municipal works, "
                                  "greening or sanitation.")
                                   .arg(person.name));
        if (!person.active)
            throw RequestError(
                tr("%1 is no longer active and cannot be made a collaborator; reactivate them in "
                   "the roster first.")
                    .arg(person.name));
    }
    if (change.partyUnitId && *change.partyUnitId > 0) {
        auto st = m_store.db().prepare("SELECT name, kind FROM entities WHERE id = ?");
        st.bind(1, *change.partyUnitId);
        if (!st.step())
            throw RequestError(tr("There is no unit %1.").arg(*change.partyUnitId));
        if (st.text(1) != QLatin1String("party_branch"))
            throw RequestError(
                tr("%1 is not a Party branch; a segment's responsible unit must be one.").arg(st.text(0)));
    }
}

void SegmentAssignments::write(const SegmentAssignment &before, const SegmentAssignment &after)
{
    if (before == after)
        return;
    auto update =
        m_store.db().prepare("UPDATE road_segments SET chief_id = ?, party_unit_id = ? WHERE id = ?");
    update.bindVariant(1, idOrNull(after.chiefId))
        .bindVariant(2, idOrNull(after.partyUnitId))
        .bind(3, after.segmentId);
    update.run();
    if (before.collaborators != after.collaborators)
        replaceCollaborators(m_store.db(), after.segmentId, after.collaborators);
    m_store.recordAudit(QStringLiteral("update"), tableOf(Layer::RoadSegments), after.segmentId,
                        auditValues(before), auditValues(after));
}

QList<SegmentAssignment> SegmentAssignments::assign(const QList<qint64> &segmentIds,
                                                    const AssignmentChange &change)
{
    checkChange(change);
    // A segment listed twice would be audited twice for one change, and its undo state would be stale.
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : segmentIds)
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    sql::Transaction tx(m_store.db());
    const QList<SegmentAssignment> before = read(unique);
    for (const SegmentAssignment &old : before) {
        SegmentAssignment now = old;
        if (change.chiefId)
            now.chiefId = *change.chiefId;
        if (change.partyUnitId)
            now.partyUnitId = *change.partyUnitId;
        now.collaborators.removeIf([&](qint64 id) { return change.removeCollaborators.contains(id); });
        for (qint64 id : change.addCollaborators)
            if (!now.collaborators.contains(id))
                now.collaborators.append(id);
        std::sort(now.collaborators.begin(), now.collaborators.end());
        write(old, now);
    }
    m_store.touch();
    tx.commit();
    return before;
}

void SegmentAssignments::restore(const QList<SegmentAssignment> &state)
{
    sql::Transaction tx(m_store.db());
    QList<qint64> ids;
    for (const SegmentAssignment &a : state)
        ids.append(a.segmentId);
    const QList<SegmentAssignment> now = read(ids);
    for (qsizetype i = 0; i < state.size(); ++i) {
        SegmentAssignment wanted = state[i];
        std::sort(wanted.collaborators.begin(), wanted.collaborators.end());
        write(now[i], wanted);
    }
    m_store.touch();
    tx.commit();
}

} // namespace uo
