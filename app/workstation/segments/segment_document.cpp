#include "app/workstation/segments/segment_document.h"

#include "app/workstation/saved_at_once.h"
#include "app/workstation/segments/assign_segments_command.h"
#include "app/workstation/segments/person_command.h"
#include "app/workstation/segments/segment_edit_command.h"
#include "core/segments/segment_queries.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QUndoStack>

namespace uo {

SegmentDocument::SegmentDocument(QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_undoStack(undoStack)
{
}

void SegmentDocument::setStore(DistrictStore *store, const QString &refusal)
{
    m_store = store;
    m_refusal = store ? refusal : QString();
    emit storeChanged();
}

bool SegmentDocument::isEditable() const
{
    return m_store && !m_store->isReadOnly() && m_refusal.isEmpty();
}

QString SegmentDocument::whyNotEditable() const
{
    if (!m_store || isEditable())
        return QString();
    return m_store->isReadOnly() ? m_store->readOnlyReason() : m_refusal;
}

void SegmentDocument::pushSaved(QUndoCommand *command)
{
    emit saved(SavedAtOnce::push(*m_undoStack, command));
}

DistrictStore &SegmentDocument::requireStore()
{
    if (!m_store)
        throw RequestError(tr("No district is open."));
    m_store->requireWritable(); // says why: read-only media, a write-protected file, damage found
    return *m_store;
}

void SegmentDocument::assign(const QList<qint64> &segmentIds, const AssignmentChange &change)
{
    SegmentAssignments assignments(requireStore());
    const QList<SegmentAssignment> before = assignments.assign(segmentIds, change);
    QList<qint64> ids;
    for (const SegmentAssignment &a : before)
        ids.append(a.segmentId);
    const QList<SegmentAssignment> after = assignments.read(ids);
    emit assignmentsChanged();
    if (before == after)
        return; // nothing changed: nothing to undo
    QString text;
    if (ids.size() == 1) {
        const QList<SegmentSummary> named = SegmentQueries(*m_store).segments(ids);
        text = tr("Assign people to %1")
                   .arg(named.isEmpty() ? QString::number(ids.first()) : named.first().name);
    } else {
        text = tr("Assign people to %n segment(s)", nullptr, int(ids.size()));
    }
    pushSaved(new AssignSegmentsCommand(*this, before, after, text));
}

qint64 SegmentDocument::addPerson(const Person &person)
{
    Roster roster(requireStore());
    const qint64 id = roster.add(person);
    const Person added = roster.person(id);
    emit rosterChanged();
    pushSaved(new PersonCommand(*this, Person{}, added, tr("Add %1 to the roster").arg(added.name)));
    return id;
}

void SegmentDocument::editPerson(const Person &person)
{
    Roster roster(requireStore());
    const Person before = roster.person(person.id);
    roster.edit(person);
    const Person after = roster.person(person.id);
    emit rosterChanged();
    emit assignmentsChanged(); // names and roles show in the segment lists
    if (before != after)
        pushSaved(new PersonCommand(*this, before, after, tr("Edit %1").arg(after.name)));
}

QList<qint64> SegmentDocument::setPersonActive(qint64 id, bool active)
{
    Roster roster(requireStore());
    const Person before = roster.person(id);
    QList<qint64> chaired;
    if (active)
        roster.reactivate(id);
    else
        chaired = roster.deactivate(id);
    const Person after = roster.person(id);
    emit rosterChanged();
    emit assignmentsChanged(); // a chief's state decides whether a segment needs a new one
    if (before != after)
        pushSaved(new PersonCommand(*this, before, after,
                                    active ? tr("Reactivate %1").arg(after.name)
                                           : tr("Deactivate %1").arg(after.name)));
    return chaired;
}

void SegmentDocument::pushRoadEdit(const QList<RoadSegments> &before, const QString &text)
{
    SegmentEditor editor(*m_store);
    QList<RoadSegments> after;
    for (const RoadSegments &road : before)
        after.append(editor.read(road.roadId));
    emit assignmentsChanged();
    emit segmentsChanged();
    pushSaved(new SegmentEditCommand(*this, before, after, text));
}

void SegmentDocument::splitRoad(const RoadProposal &pieces)
{
    DistrictStore &store = requireStore();
    const RoadSegments before = SegmentProposals::apply(store, pieces);
    pushRoadEdit({before},
                 tr("Split %1 into %n segment(s)", nullptr, int(pieces.pieces.size())).arg(pieces.roadName));
}

void SegmentDocument::merge(qint64 firstId, qint64 secondId)
{
    const RoadSegments before = SegmentEditor(requireStore()).merge(firstId, secondId);
    QString name;
    for (const SegmentRecord &s : before.segments)
        if (s.id == firstId)
            name = s.name;
    pushRoadEdit({before}, tr("Merge segments of %1").arg(name));
}

void SegmentDocument::moveBoundary(qint64 firstId, qint64 secondId, double measure)
{
    const RoadSegments before = SegmentEditor(requireStore()).moveBoundary(firstId, secondId, measure);
    pushRoadEdit({before}, tr("Move segment boundary to %1 m").arg(measure, 0, 'f', 1));
}

void SegmentDocument::rename(qint64 segmentId, const QString &name)
{
    const RoadSegments before = SegmentEditor(requireStore()).rename(segmentId, name);
    pushRoadEdit({before}, tr("Rename segment to %1").arg(name.trimmed()));
}

void SegmentDocument::applyProposals(const QList<RoadProposal> &proposals)
{
    DistrictStore &store = requireStore();
    if (proposals.isEmpty())
        return;
    QList<RoadSegments> before;
    {
        // One transaction over all roads: a road that is refused leaves every other as it was.
        auto tx = store.transaction();
        for (const RoadProposal &proposal : proposals)
            before.append(SegmentProposals::apply(store, proposal));
        tx.commit();
    }
    pushRoadEdit(before, tr("Apply segment proposals for %n road(s)", nullptr, int(proposals.size())));
}

} // namespace uo
