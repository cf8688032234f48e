#include "app/workstation/permits/permit_edit_command.h"

#include "app/workstation/permits/permit_document.h"
#include "core/store/store_error.h"

namespace uo {

PermitEditCommand::PermitEditCommand(PermitDocument *document, qint64 permitId, const QVariantMap &before,
                                     const QVariantMap &after, const QString &text)
    : QUndoCommand(text), m_document(document), m_permitId(permitId), m_before(before), m_after(after)
{
}

void PermitEditCommand::undo()
{
    try {
        if (m_before.isEmpty())
            m_document->writeRow(m_permitId, {}, false);
        else
            m_document->writeRow(m_permitId, m_before, false);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_document->reportFailure(error.message());
    }
}

void PermitEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    try {
        m_document->writeRow(m_permitId, m_after, m_before.isEmpty());
    } catch (const StoreError &error) {
        setObsolete(true);
        m_document->reportFailure(error.message());
    }
}

} // namespace uo
