#include "app/workstation/cases/case_document.h"

#include "app/workstation/cases/case_rules_command.h"
#include "core/cases/risk_history.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QUndoStack>

namespace uo {

CaseDocument::CaseDocument(QUndoStack *undoStack, QObject *parent) : QObject(parent), m_undoStack(undoStack)
{
}

void CaseDocument::setStore(DistrictStore *store, const CaseActor &signedIn)
{
    m_store = store;
    m_signedIn = signedIn;
    emit storeChanged();
}

bool CaseDocument::isEditable() const
{
    return hasCases() && !m_store->isReadOnly();
}

bool CaseDocument::hasCases() const
{
    return m_store && m_store->hasTable(tableOf(Layer::Cases));
}

CaseActor CaseDocument::actor(const QString &operatorName) const
{
    // A district file has no roles; a server district names the signed-in login's role and person.
    return {operatorName.trimmed(), m_signedIn.role, m_signedIn.personId};
}

QString CaseDocument::whyNot(const QString &to, qint64 chiefId) const
{
    return CaseWorkflow::roleRefusal(actor(), to, chiefId);
}

DistrictStore &CaseDocument::requireStore() const
{
    if (!m_store)
        throw RequestError(tr("No district is open."));
    if (!hasCases())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("This district file is of an older version without cases; open it for writing to "
                            "upgrade it."));
    if (m_store->isReadOnly())
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The district is open read-only; open a copy you may write to before editing."));
    return *m_store;
}

qint64 CaseDocument::create(const NewCase &newCase)
{
    const qint64 id = CaseIntake::create(requireStore(), newCase, actor());
    emit casesChanged(id);
    return id;
}

void CaseDocument::advance(qint64 caseId, const CaseStep &step, const QString &operatorName)
{
    CaseWorkflow::advance(requireStore(), caseId, step, actor(operatorName));
    emit casesChanged(caseId);
}

void CaseDocument::acceptAndDispatch(qint64 caseId)
{
    DistrictStore &store = requireStore();
    CaseWorkflow::advance(store, caseId, {QStringLiteral("accepted"), {}, {}, {}, {}}, actor());
    const DispatchTarget target = DispatchRules::suggest(store, caseId);
    if (target.isValid())
        CaseWorkflow::advance(store, caseId,
                              {QStringLiteral("dispatched"), target.note, target.level, target.unit, {}},
                              actor());
    emit casesChanged(caseId);
}

int CaseDocument::raiseAlerts()
{
    const QList<RiskAlert> raised = RiskMonitor::raise(requireStore(), actor());
    if (!raised.isEmpty()) {
        emit casesChanged(0);
        emit risksChanged(0);
    }
    return int(raised.size());
}

void CaseDocument::changeRiskLevel(qint64 riskId, const QString &level, const QString &reason)
{
    RiskHistory::changeLevel(requireStore(), riskId, level, reason, actor());
    emit risksChanged(riskId);
}

CaseDocument::Rules CaseDocument::rules() const
{
    if (!hasCases())
        return {};
    return {DispatchRules::load(*m_store), MonitoringRules::load(*m_store),
            EventClasses::minorClasses(*m_store)};
}

void CaseDocument::saveRules(const Rules &rules)
{
    requireStore();
    const Rules before = this->rules();
    const Rules stored = writeRules(rules);
    m_undoStack->push(new CaseRulesCommand(this, before, stored));
}

CaseDocument::Rules CaseDocument::writeRules(const Rules &rules)
{
    DistrictStore &store = requireStore();
    if (const QString why = CaseWorkflow::rulesRefusal(actor()); !why.isEmpty())
        throw RequestError(why);
    Rules stored;
    {
        sql::Transaction tx = store.transaction();
        stored.dispatch = DispatchRules::save(store, rules.dispatch);
        stored.monitoring = MonitoringRules::save(store, rules.monitoring);
        EventClasses::save(store, rules.classes);
        tx.commit();
    }
    stored.classes = EventClasses::minorClasses(store);
    emit rulesChanged();
    return stored;
}

} // namespace uo
