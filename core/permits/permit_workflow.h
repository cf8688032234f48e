#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;

// One recorded step of a permit, as permit_history keeps it: statuses and route are codes (empty
// `from` for the filing), `time` ISO 8601.
struct PermitStep
{
    QString time, operatorName, from, to, route, reason;
};

// The steps of a permit: submitted → under review → approved / rejected / returned for joint
// excavation → works started → restored → accepted. A permit returned for joint excavation comes back
// as submitted; an emergency repair starts its works first (submitted → works started) and is filed
// afterwards: it is not accepted (closed) until its permit is issued. Every step records who, when and
// why in permit_history; a step the workflow does not allow is refused.
class PermitWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(uo::PermitWorkflow)

public:
    static QStringList statuses();
    static QStringList routes(); // online, coordination, joint_enforcement: how a case was disposed of
    // `emergency`: the permit is an emergency repair, which may dig before it is reviewed.
    static bool allowed(const QString &from, const QString &to, bool emergency = false);
    static bool isDecision(const QString &to); // approved, rejected, returned_joint

    // Moves a permit to `to`. A decision needs a disposition route, and a reason whenever a check of
    // the review failed (the review is run here, as of `today`). Throws RequestError with the
    // reason for a refusal; the store is unchanged then.
    static void advance(DistrictStore &store, qint64 permitId, const QString &to, const QString &reason,
                        const QString &route = QString(), QDate today = QDate::currentDate());
    // Writes one step of the permit's history, now and by the store's operator, inside the caller's
    // transaction: `from` empty for the first (a permit filed or imported); reason and route empty when none.
    static void recordStep(DistrictStore &store, qint64 permitId, const QString &from, const QString &to,
                           const QString &reason, const QString &route);
    // The steps the permit went through, oldest first.
    static QList<PermitStep> history(DistrictStore &store, qint64 permitId);
};

} // namespace uo
