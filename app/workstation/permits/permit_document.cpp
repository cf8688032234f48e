#include "app/workstation/permits/permit_document.h"

#include "app/workstation/permits/permit_edit_command.h"
#include "app/workstation/permits/rules_command.h"
#include "app/workstation/saved_at_once.h"
#include "core/permits/permit_labels.h"
#include "core/permits/permit_workflow.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/io/permit_import.h"

#include <QUndoStack>

namespace uo {

PermitDocument::PermitDocument(QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_undoStack(undoStack)
{
}

void PermitDocument::setStore(DistrictStore *store, const QString &refusal)
{
    m_store = store;
    m_refusal = store ? refusal : QString();
    emit storeChanged();
}

bool PermitDocument::isEditable() const
{
    return m_store && !m_store->isReadOnly() && m_refusal.isEmpty();
}

QString PermitDocument::whyNotEditable() const
{
    if (!m_store || isEditable())
        return QString();
    return m_store->isReadOnly() ? m_store->readOnlyReason() : m_refusal;
}

void PermitDocument::pushSaved(QUndoCommand *command)
{
    emit saved(SavedAtOnce::push(*m_undoStack, command));
}

DistrictStore &PermitDocument::requireStore() const
{
    if (!m_store)
        throw RequestError(tr("No district is open."));
    m_store->requireWritable(); // says why: read-only media, a write-protected file, damage found
    return *m_store;
}

QVariantMap PermitDocument::read(qint64 permitId) const
{
    return m_store ? m_store->readRow(tableOf(Layer::Permits), permitId) : QVariantMap();
}

qint64 PermitDocument::create(const QVariantMap &values)
{
    DistrictStore &store = requireStore();
    QVariantMap row = values;
    row.remove(QStringLiteral("id"));
    row.insert(QStringLiteral("status"), QStringLiteral("submitted"));
    const qint64 id = store.insertRow(tableOf(Layer::Permits), row);
    const QVariantMap after = store.readRow(tableOf(Layer::Permits), id);
    emit permitsChanged(id);
    pushSaved(new PermitEditCommand(
        *this, id, {}, after, tr("New permit %1").arg(after.value(QStringLiteral("permit_no")).toString())));
    return id;
}

void PermitDocument::edit(qint64 permitId, const QVariantMap &values)
{
    DistrictStore &store = requireStore();
    const QVariantMap row = store.readRow(tableOf(Layer::Permits), permitId);
    if (row.isEmpty())
        throw RequestError(tr("There is no permit %1.").arg(permitId));
    QVariantMap before, after;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (row.value(it.key()) != it.value()) {
            before.insert(it.key(), row.value(it.key()));
            after.insert(it.key(), it.value());
        }
    if (after.isEmpty())
        return; // nothing changed: nothing to undo
    store.updateRow(tableOf(Layer::Permits), permitId, after);
    emit permitsChanged(permitId);
    pushSaved(
        new PermitEditCommand(*this, permitId, before, after,
                              tr("Edit permit %1").arg(row.value(QStringLiteral("permit_no")).toString())));
}

void PermitDocument::advance(qint64 permitId, const QString &to, const QString &reason, const QString &route,
                             const QString &operatorName)
{
    DistrictStore &store = requireStore();
    // The step is recorded under the name given in the dialog, the window's operator otherwise.
    const QString previous = store.operatorName();
    if (!operatorName.trimmed().isEmpty())
        store.setOperatorName(operatorName.trimmed());
    try {
        PermitWorkflow::advance(store, permitId, to, reason, route);
    } catch (...) {
        store.setOperatorName(previous);
        throw;
    }
    store.setOperatorName(previous);
    emit permitsChanged(permitId);
    // A workflow step is the permit's history: it is not undone, a later step corrects it.
    emit saved(tr("Permit %1 is now %2: recorded in the district at once.")
                   .arg(store.readRow(tableOf(Layer::Permits), permitId)
                            .value(QStringLiteral("permit_no"))
                            .toString(),
                        PermitLabels::status(to)));
}

QStringList PermitDocument::import(const QString &file, int sourceCrs, int *imported)
{
    DistrictStore &store = requireStore();
    const PermitImport::Result result = PermitImport::run(store, file, sourceCrs);
    if (imported)
        *imported = result.imported;
    if (result.errors.isEmpty())
        emit permitsChanged(0);
    return result.errors;
}

void PermitDocument::saveRules(const PermitRules &rules, const QList<NoDigPeriod> &calendar)
{
    DistrictStore &store = requireStore();
    const RulesState before{PermitRules::load(store), NoDigCalendar::load(store)};
    RulesState after{rules, {}};
    {
        auto tx = store.transaction();
        // The calendar first: it is the part that can be refused, and then the rules stay as they were.
        after.calendar = NoDigCalendar::save(store, calendar); // with the ids of new periods
        rules.save(store);
        tx.commit();
    }
    emit rulesChanged();
    pushSaved(new RulesCommand(*this, before, after));
}

} // namespace uo
