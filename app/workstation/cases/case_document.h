#pragma once

#include "core/cases/case_intake.h"
#include "core/cases/case_workflow.h"
#include "core/cases/dispatch_rules.h"
#include "core/cases/event_classes.h"
#include "core/cases/monitoring_rules.h"

#include <QObject>

class QUndoStack;

namespace uo {

class DistrictStore;

// The cases of the open district as the workstation changes them. A case taken in and every step of its
// loop are records (who, when, why) written through core's CaseIntake and CaseWorkflow: they are not
// undone, a wrong step is corrected by the next one, as with the permits. Saving the rules (dispatch,
// monitoring, the classes' limits) is one undoable command. Every change is announced so that the
// register, the queue, the panel and the map read the store again. The actor is where a server
// district's role check comes in (CaseWorkflow::roleRefusal); on a district file it is the operator.
class CaseDocument : public QObject
{
    Q_OBJECT

public:
    CaseDocument(QUndoStack *undoStack, QObject *parent = nullptr);

    // `signedIn`: on a server district the login's role and person (ServerAccess); empty on a file.
    void setStore(DistrictStore *store, const CaseActor &signedIn = {});
    DistrictStore *store() const { return m_store; }
    bool isEditable() const;
    bool hasCases() const; // the store is of a version with cases
    CaseActor actor(const QString &operatorName = QString()) const;
    // Why the signed-in role may not take a case of chief `chiefId` to `to`; empty when it may.
    QString whyNot(const QString &to, qint64 chiefId) const;

    // Throw a uo::Error with the reason when refused; nothing changes then.
    qint64 create(const NewCase &newCase);
    void advance(qint64 caseId, const CaseStep &step, const QString &operatorName = QString());
    // Accepts a collected case and dispatches it where the rules say: the queue's one click.
    void acceptAndDispatch(qint64 caseId);
    // Stores the alerts the monitoring rules find that are new, each raising a case; returns how many.
    int raiseAlerts();
    void changeRiskLevel(qint64 riskId, const QString &level, const QString &reason);

    struct Rules
    {
        QList<DispatchRule> dispatch;
        QList<MonitoringRule> monitoring;
        QList<EventClass> classes;
    };
    Rules rules() const;
    // Saves them as one command on the undo stack.
    void saveRules(const Rules &rules);
    // For the command: writes them back and announces it; returns them as stored (with ids).
    Rules writeRules(const Rules &rules);
    void reportFailure(const QString &message) { emit editFailed(message); }

signals:
    void storeChanged();
    void casesChanged(qint64 caseId); // 0: any number of cases
    void rulesChanged();
    void risksChanged(qint64 riskId);
    void editFailed(const QString &message);

private:
    DistrictStore &requireStore() const;

    QUndoStack *m_undoStack;
    DistrictStore *m_store = nullptr;
    CaseActor m_signedIn;
};

} // namespace uo
