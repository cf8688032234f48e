#include "app/workstation/permits/rules_command.h"

#include "app/workstation/permits/permit_document.h"

namespace uo {

RulesCommand::RulesCommand(PermitDocument &document, const RulesState &before, const RulesState &after)
    : StoreWriteCommand(document, before, after, PermitDocument::tr("Change the excavation rules")),
      m_document(document)
{
    for (const RulesState *state : {&before, &after})
        for (const NoDigPeriod &period : state->calendar)
            if (!m_periodIds.contains(period.id))
                m_periodIds.append(period.id);
}

edit::Rows RulesCommand::rows(const RulesState &state)
{
    edit::Rows rows;
    QVariantMap rules;
    const QMap<QString, QString> values = state.rules.values();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        rules.insert(it.key(), it.value());
    rows.insert({QStringLiteral("permit_rules"), 0}, rules);
    for (qint64 id : std::as_const(m_periodIds))
        rows.insert({QStringLiteral("nodig_calendar"), id}, std::nullopt);
    for (const NoDigPeriod &period : state.calendar)
        rows.insert({QStringLiteral("nodig_calendar"), period.id},
                    QVariantMap{{QStringLiteral("name"), period.name},
                                {QStringLiteral("kind"), period.kind},
                                {QStringLiteral("start_date"), period.start.toString(Qt::ISODate)},
                                {QStringLiteral("end_date"), period.end.toString(Qt::ISODate)}});
    return rows;
}

RulesState RulesCommand::read(DistrictStore &store)
{
    return {PermitRules::load(store), NoDigCalendar::load(store)};
}

void RulesCommand::write(DistrictStore &store, const RulesState &state)
{
    // The calendar first: it is the part that can be refused, and then the rules stay as they were.
    NoDigCalendar::save(store, state.calendar);
    state.rules.save(store);
}

void RulesCommand::announce()
{
    emit m_document.rulesChanged();
}

} // namespace uo
