#pragma once

#include "app/workstation/cases/case_document.h"

#include <QUndoCommand>

namespace uo {

// Saving the case rules dialog: the dispatch rules, the monitoring rules and the classes' limits before
// and after, written back whole.
class CaseRulesCommand : public QUndoCommand
{
public:
    CaseRulesCommand(CaseDocument *document, const CaseDocument::Rules &before,
                     const CaseDocument::Rules &after);
    void undo() override;
    void redo() override;

private:
    CaseDocument *m_document;
    CaseDocument::Rules m_before, m_after;
    bool m_applied = true;
};

} // namespace uo
