#include "app/workstation/cases/case_rules_command.h"

#include "core/store/store_error.h"

namespace uo {

CaseRulesCommand::CaseRulesCommand(CaseDocument *document, const CaseDocument::Rules &before,
                                   const CaseDocument::Rules &after)
    : m_document(document), m_before(before), m_after(after)
{
    setText(CaseDocument::tr("Change the case rules"));
}

void CaseRulesCommand::undo()
{
    try {
        m_document->writeRules(m_before);
    } catch (const Error &e) {
        m_document->reportFailure(e.message());
    }
}

void CaseRulesCommand::redo()
{
    // Pushed after the rules were written: the first redo has nothing to do.
    if (m_applied) {
        m_applied = false;
        return;
    }
    try {
        m_after = m_document->writeRules(m_after);
    } catch (const Error &e) {
        m_document->reportFailure(e.message());
    }
}

} // namespace uo
