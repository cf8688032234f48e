#include "app/workstation/segments/person_command.h"

#include "app/workstation/segments/segment_document.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

namespace uo {

PersonCommand::PersonCommand(SegmentDocument &document, const Person &before, const Person &after,
                             const QString &text)
    : StoreWriteCommand(document, before, after, text), m_document(document),
      m_id(after.id ? after.id : before.id)
{
}

edit::Rows PersonCommand::rows(const Person &state)
{
    edit::RowState row;
    if (state.id != 0)
        row = QVariantMap{{QStringLiteral("name"), state.name},
                          {QStringLiteral("role"), Roster::roleTitle(state.role)},
                          {QStringLiteral("unit"), state.unit},
                          {QStringLiteral("party_branch"), state.partyBranch},
                          {QStringLiteral("contact"), state.contact},
                          {QStringLiteral("active"), state.active ? 1 : 0}};
    return {{{QStringLiteral("people"), m_id}, row}};
}

Person PersonCommand::read(DistrictStore &store)
{
    return Roster(store).exists(m_id) ? Roster(store).person(m_id) : Person{};
}

void PersonCommand::write(DistrictStore &store, const Person &state)
{
    Roster roster(store);
    if (state.id == 0)
        roster.remove(m_id); // the undo of an add
    else if (!roster.exists(m_id))
        roster.add(state); // its redo, under the same id
    else
        roster.edit(state);
}

void PersonCommand::announce()
{
    emit m_document.rosterChanged();
    emit m_document.assignmentsChanged(); // names, roles and states show in the segment lists
}

} // namespace uo
