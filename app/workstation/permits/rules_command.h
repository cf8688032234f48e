#pragma once

#include "app/workstation/edit_tools/store_write_command.h"
#include "core/permits/nodig_calendar.h"
#include "core/permits/permit_rules.h"

namespace uo {

class PermitDocument;

// The excavation rules and the no-dig calendar, as the rules dialog saves them together.
struct RulesState
{
    PermitRules rules;
    QList<NoDigPeriod> calendar;
};

// Saving the rules dialog: the rules and the no-dig calendar before and after, written back whole
// (see StoreWriteCommand).
class RulesCommand : public StoreWriteCommand<RulesState>
{
public:
    RulesCommand(PermitDocument &document, const RulesState &before, const RulesState &after);

private:
    edit::Rows rows(const RulesState &state) override;
    RulesState read(DistrictStore &store) override;
    void write(DistrictStore &store, const RulesState &state) override;
    void announce() override;

    PermitDocument &m_document;
    QList<qint64> m_periodIds; // every period before or after
};

} // namespace uo
