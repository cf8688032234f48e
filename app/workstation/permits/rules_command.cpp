#include "app/workstation/permits/rules_command.h"

#include "app/workstation/permits/permit_document.h"
#include "core/store/store_error.h"

namespace uo {

RulesCommand::RulesCommand(PermitDocument *document, const PermitRules &beforeRules,
                           const QList<NoDigPeriod> &beforeCalendar, const PermitRules &afterRules,
                           const QList<NoDigPeriod> &afterCalendar)
    : QUndoCommand(PermitDocument::tr("Change the excavation rules")), m_document(document),
      m_beforeRules(beforeRules), m_afterRules(afterRules), m_beforeCalendar(beforeCalendar),
      m_afterCalendar(afterCalendar)
{
}

void RulesCommand::write(const PermitRules &rules, const QList<NoDigPeriod> &calendar)
{
    try {
        m_document->writeRules(rules, calendar);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_document->reportFailure(error.message());
    }
}

void RulesCommand::undo()
{
    write(m_beforeRules, m_beforeCalendar);
}

void RulesCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    write(m_afterRules, m_afterCalendar);
}

} // namespace uo
