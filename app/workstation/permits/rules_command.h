#pragma once

#include "core/permits/nodig_calendar.h"
#include "core/permits/permit_rules.h"

#include <QUndoCommand>

namespace uo {

class PermitDocument;

// Saving the rules dialog: the rules and the no-dig calendar before and after, written back whole.
class RulesCommand : public QUndoCommand
{
public:
    RulesCommand(PermitDocument *document, const PermitRules &beforeRules,
                 const QList<NoDigPeriod> &beforeCalendar, const PermitRules &afterRules,
                 const QList<NoDigPeriod> &afterCalendar);

    void undo() override;
    void redo() override;

private:
    void write(const PermitRules &rules, const QList<NoDigPeriod> &calendar);

    PermitDocument *m_document;
    PermitRules m_beforeRules, m_afterRules;
    QList<NoDigPeriod> m_beforeCalendar, m_afterCalendar;
    bool m_applied = true;
};

} // namespace uo
