#include "core/cases/case_workflow.h"
#include "core/error/error.h"

#include "core/cases/case_labels.h"
#include "core/cases/case_time.h"
#include "core/cases/event_classes.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

namespace uo {

namespace {

const QList<QPair<const char *, const char *>> &steps()
{
    static const QList<QPair<const char *, const char *>> list = {
        {"collected", "accepted"},    {"collected", "rejected"},  {"accepted", "dispatched"},
        {"dispatched", "dispatched"}, {"dispatched", "handled"},  {"handled", "reported"},
        {"reported", "verified"},     {"reported", "dispatched"}, {"verified", "closed"},
        {"closed", "accepted"},       {"rejected", "accepted"},
    };
    return list;
}

RequestError refused(const QString &why)
{
    return RequestError(why);
}

} // namespace

bool CaseWorkflow::allowed(const QString &from, const QString &to)
{
    for (const auto &[a, b] : steps())
        if (from == QLatin1String(a) && to == QLatin1String(b))
            return true;
    return false;
}

QStringList CaseWorkflow::next(const QString &from)
{
    QStringList states;
    for (const auto &[a, b] : steps())
        if (from == QLatin1String(a))
            states.append(QLatin1String(b));
    return states;
}

bool CaseWorkflow::isOpen(const QString &state)
{
    return state != QLatin1String("closed") && state != QLatin1String("rejected");
}

bool CaseWorkflow::isReopen(const QString &from, const QString &to)
{
    return to == QLatin1String("accepted") && !isOpen(from);
}

QString CaseWorkflow::roleRefusal(const CaseActor &actor, const QString &to, qint64 chiefId)
{
    if (actor.role.isEmpty() || actor.role == QLatin1String("admin") || actor.role == QLatin1String("editor"))
        return QString();
    if (actor.role == QLatin1String("chief")) {
        // A chief reports what was done on their own segments and confirms it on site.
        const bool chiefStep = to == QLatin1String("collected") || to == QLatin1String("handled") ||
                               to == QLatin1String("reported") || to == QLatin1String("verified");
        if (!chiefStep)
            return tr("Only editors and administrators may take the step to “%1”.")
                .arg(CaseLabels::state(to));
        if (chiefId == 0 || chiefId != actor.personId)
            return tr("A segment chief reports and confirms cases on their own segments only.");
        return QString();
    }
    return tr("Your role may not change cases: editors and administrators run them, segment chiefs report "
              "and confirm them on their own segments.");
}

QString CaseWorkflow::rulesRefusal(const CaseActor &actor)
{
    if (actor.role.isEmpty() || actor.role == QLatin1String("admin"))
        return QString();
    return tr("Only administrators may change the event classes, dispatch rules and monitoring rules.");
}

QString CaseWorkflow::editRefusal(const CaseActor &actor)
{
    if (actor.role.isEmpty() || actor.role == QLatin1String("admin") || actor.role == QLatin1String("editor"))
        return QString();
    return tr("Only editors and administrators may change this.");
}

void CaseWorkflow::advance(DistrictStore &store, qint64 caseId, const CaseStep &step, const CaseActor &actor,
                           const QDateTime &now)
{
    sql::Transaction tx(store.db());
    auto st = store.db().prepare(
        "SELECT state, case_no, class_code, coalesce(chief_id, 0), reopened FROM cases WHERE id = ?");
    st.bind(1, caseId);
    if (!st.step())
        throw refused(tr("There is no case %1.").arg(caseId));
    const QString from = st.text(0), number = st.text(1), classCode = st.text(2);
    const qint64 chief = st.int64(3);
    const qint64 reopened = st.int64(4);
    const QString &to = step.to;
    if (to == QLatin1String("closed") && from != QLatin1String("verified") && CaseWorkflow::isOpen(from))
        throw refused(tr("Case %1 is “%2”: a case is closed only after its handling was verified on site.")
                          .arg(number, CaseLabels::state(from)));
    if (!allowed(from, to))
        throw refused(tr("Case %1 is “%2”; it cannot go to “%3” from there.")
                          .arg(number, CaseLabels::state(from), CaseLabels::state(to)));
    if (const QString why = roleRefusal(actor, to, chief); !why.isEmpty())
        throw refused(why);
    const QString note = step.note.trimmed();
    const bool sendBack = from == QLatin1String("reported") && to == QLatin1String("dispatched");
    if (note.isEmpty() && (to == QLatin1String("rejected") || isReopen(from, to) || sendBack))
        throw refused(tr("Case %1: say why in the note.").arg(number));
    const bool dispatch = to == QLatin1String("dispatched");
    if (dispatch && (!CaseLabels::levels().contains(step.level) || step.unit.isEmpty()))
        throw refused(tr("Case %1: a dispatch names the level and the unit the case goes to.").arg(number));
    if (to == QLatin1String("closed") && !CaseLabels::routes().contains(step.route)) {
        QStringList choices;
        for (const QString &key : CaseLabels::routes())
            choices.append(CaseLabels::route(key));
        throw refused(
            tr("Closing case %1 records how it was solved: %2.").arg(number, choices.join(tr(", "))));
    }

    const QString time = case_time::text(now);
    QVariantMap before{{QStringLiteral("state"), from}}, after{{QStringLiteral("state"), to}};
    if (to == QLatin1String("accepted")) {
        const EventClass cls = EventClasses::find(store, classCode);
        after.insert(QStringLiteral("accepted_at"), time);
        after.insert(QStringLiteral("due_at"),
                     case_time::text(now.addSecs(qint64(cls.timeLimitHours * 3600.0 + 0.5))));
        after.insert(QStringLiteral("handled_at"), QVariant());
        after.insert(QStringLiteral("closed_at"), QVariant());
        if (isReopen(from, to))
            after.insert(QStringLiteral("reopened"), reopened + 1);
    } else if (dispatch) {
        after.insert(QStringLiteral("level"), step.level);
        after.insert(QStringLiteral("unit"), step.unit);
    } else if (to == QLatin1String("handled")) {
        after.insert(QStringLiteral("handled_at"), time);
    } else if (to == QLatin1String("closed")) {
        after.insert(QStringLiteral("closed_at"), time);
        after.insert(QStringLiteral("route"), step.route);
    }
    QByteArray assignments;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        assignments += (assignments.isEmpty() ? "" : ", ") + it.key().toUtf8() + " = ?";
    auto update = store.db().prepare("UPDATE cases SET " + assignments + " WHERE id = ?");
    int i = 1;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        update.bindVariant(i++, it.value());
    update.bind(i, caseId);
    update.run();

    const QString operatorName = actor.name.trimmed().isEmpty() ? store.operatorName() : actor.name.trimmed();
    auto history =
        store.db().prepare("INSERT INTO case_history(case_id, time, operator, from_state, to_state, "
                           "note, level, unit, route) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    history.bind(1, caseId).bind(2, time).bind(3, operatorName).bind(4, from).bind(5, to);
    history.bindVariant(6, note.isEmpty() ? QVariant() : QVariant(note));
    history.bindVariant(7, dispatch ? QVariant(step.level) : QVariant());
    history.bindVariant(8, dispatch ? QVariant(step.unit) : QVariant());
    history.bindVariant(9, to == QLatin1String("closed") ? QVariant(step.route) : QVariant());
    history.run();
    const QString previous = store.operatorName();
    store.setOperatorName(operatorName);
    store.recordAudit(QStringLiteral("update"), tableOf(Layer::Cases), caseId, before, after);
    store.setOperatorName(previous);
    store.touch();
    tx.commit();
}

QString CaseWorkflow::suggestedRoute(DistrictStore &store, qint64 caseId)
{
    sql::Database &db = store.db();
    auto st = db.prepare("SELECT count(*), sum(level = 'district') FROM case_history "
                         "WHERE case_id = ? AND to_state = 'dispatched'");
    st.bind(1, caseId);
    if (st.step() && (st.int64(0) > 1 || st.int64(1) > 0))
        return QStringLiteral("coordination");
    return QStringLiteral("online");
}

} // namespace uo
