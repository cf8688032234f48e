#include "app/workstation/permits/permit_edit_command.h"

#include "app/workstation/permits/permit_document.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"

namespace uo {

namespace {
const QString kPermits = tableOf(Layer::Permits);
}

PermitEditCommand::PermitEditCommand(PermitDocument &document, qint64 permitId, const QVariantMap &before,
                                     const QVariantMap &after, const QString &text)
    : StoreWriteCommand(document, before, after, text), m_document(document), m_permitId(permitId)
{
}

edit::Rows PermitEditCommand::rows(const QVariantMap &state)
{
    return {{{kPermits, m_permitId}, state.isEmpty() ? edit::RowState() : edit::RowState(state)}};
}

// The columns the command writes, as the store holds them now; empty when the permit is gone.
QVariantMap PermitEditCommand::read(DistrictStore &store)
{
    const QVariantMap row = store.readRow(kPermits, m_permitId);
    QVariantMap columns;
    if (!row.isEmpty())
        for (auto it = after().cbegin(); it != after().cend(); ++it)
            columns.insert(it.key(), row.value(it.key()));
    return columns;
}

void PermitEditCommand::write(DistrictStore &store, const QVariantMap &state)
{
    const bool exists = !store.readRow(kPermits, m_permitId).isEmpty();
    if (state.isEmpty()) {
        if (exists)
            store.deleteRow(kPermits, m_permitId);
    } else if (!exists) {
        store.insertRow(kPermits, state); // the redo of a new permit, under its id
    } else {
        QVariantMap values = state;
        values.remove(QStringLiteral("id"));
        store.updateRow(kPermits, m_permitId, values);
    }
}

void PermitEditCommand::announce()
{
    emit m_document.permitsChanged(m_permitId);
}

} // namespace uo
