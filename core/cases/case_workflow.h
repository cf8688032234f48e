#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;
namespace sql {
class Database;
}

// Who takes a step. On a district file there are no roles (`role` empty) and every step is open to
// whoever has the file; a server district (#14) names the signed-in login's role ("admin", "editor",
// "reviewer", "chief", "planner") and person, and CaseWorkflow::roleRefusal() is the one place that says
// what each may do (the server's grants and row-level security enforce the same, see
// core/server/server_roles.cpp). `name` empty: the store's operator.
struct CaseActor
{
    QString name;
    QString role;
    qint64 personId = 0;
};

// One step asked of a case: where it goes, why, and for a dispatch the level and unit (CaseUnits key),
// for a close the route that solved it.
struct CaseStep
{
    QString to;
    QString note;
    QString level, unit;
    QString route;
};

// The closed loop of CJJ/T 106: collected → accepted (立案) or not accepted → dispatched (派遣) to a
// level and unit, again if need be → handled (处置) → reported back → verified (核查) → closed (结案);
// a report that does not pass verification goes back to dispatched; a closed or not accepted case can
// be reopened (back to accepted, with a new time limit). Acceptance starts the class's time limit,
// which the handling must meet (按期处置).
// Every step writes case_history (who, when, from, to, note, level and unit, route) in the same
// transaction as the case; a step the workflow does not allow is refused and changes nothing.
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(uo::CaseWorkflow)

public:
    static bool allowed(const QString &from, const QString &to);
    // The states a case in `from` may go to, in the order the interface offers them.
    static QStringList next(const QString &from);
    static bool isOpen(const QString &state); // not closed and not rejected
    // Whether a step back to accepted from `from` is a reopening.
    static bool isReopen(const QString &from, const QString &to);

    // Empty when `actor` may take a step to `to` on a case whose segment chief is `chiefId`; else why
    // not. Without roles (a district file) every step is allowed.
    static QString roleRefusal(const CaseActor &actor, const QString &to, qint64 chiefId);
    // Empty when `actor` may change a risk point's level and the like: editors and administrators
    // (everyone on a district file).
    static QString editRefusal(const CaseActor &actor);
    // Empty when `actor` may change the event classes, dispatch and monitoring rules: administrators
    // (everyone on a district file), as the server's grants say.
    static QString rulesRefusal(const CaseActor &actor);

    // Takes the step. Throws RequestError with the reason for a refusal: a step the workflow does
    // not allow (closing a case that was not verified, say), a dispatch without level or unit, a close
    // without the route, not accepting, reopening or sending back without a note, or the actor's role.
    static void advance(DistrictStore &store, qint64 caseId, const CaseStep &step,
                        const CaseActor &actor = {}, const QDateTime &now = QDateTime::currentDateTime());

    // The route a close proposes: coordination by the governance centres when the case was dispatched
    // more than once or to the district centre, the online service otherwise (one click to one unit).
    // Joint enforcement is the operator's call.
    static QString suggestedRoute(DistrictStore &store, qint64 caseId);
};

} // namespace uo
