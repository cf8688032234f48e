#include "core/cases/risk_history.h"
#include "core/error/error.h"

#include "core/cases/case_time.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

namespace uo {

QStringList RiskHistory::levels()
{
    return {QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"),
            QStringLiteral("blue")};
}

QList<RiskRecord> RiskHistory::records(DistrictStore &store, qint64 riskId, const QDateTime &since)
{
    sql::Database &db = store.db();
    auto st =
        db.prepare("SELECT time, kind, coalesce(quantity, ''), value, coalesce(note, '') FROM risk_records "
                   "WHERE risk_id = ? AND time >= ? ORDER BY time, id");
    st.bind(1, riskId).bind(2, since.isValid() ? case_time::text(since) : QStringLiteral(""));
    QList<RiskRecord> records;
    while (st.step())
        records.append({case_time::parse(st.text(0)), st.text(1), st.text(2), st.isNull(3) ? 0.0 : st.real(3),
                        !st.isNull(3), st.text(4)});
    return records;
}

QList<RiskLevelChange> RiskHistory::levelChanges(DistrictStore &store, qint64 riskId)
{
    sql::Database &db = store.db();
    auto st = db.prepare(
        "SELECT time, operator, coalesce(from_level, ''), to_level, reason FROM risk_level_history "
        "WHERE risk_id = ? ORDER BY time, id");
    st.bind(1, riskId);
    QList<RiskLevelChange> changes;
    while (st.step())
        changes.append({case_time::parse(st.text(0)), st.text(1), st.text(2), st.text(3), st.text(4)});
    return changes;
}

void RiskHistory::changeLevel(DistrictStore &store, qint64 riskId, const QString &level,
                              const QString &reason, const CaseActor &actor, const QDateTime &now)
{
    if (!levels().contains(level))
        throw RequestError(tr("%1 is not a risk level.").arg(level));
    if (reason.trimmed().isEmpty())
        throw RequestError(tr("A change of risk level records its reason."));
    if (const QString why = CaseWorkflow::editRefusal(actor); !why.isEmpty())
        throw RequestError(why);
    sql::Transaction tx(store.db());
    auto st = store.db().prepare("SELECT level, code FROM risk_points WHERE id = ?");
    st.bind(1, riskId);
    if (!st.step())
        throw RequestError(tr("There is no risk point %1.").arg(riskId));
    const QString from = st.text(0), code = st.text(1);
    if (from == level)
        throw RequestError(tr("Risk point %1 is at that level already.").arg(code));
    const QString previous = store.operatorName();
    const QString who = actor.name.trimmed().isEmpty() ? previous : actor.name.trimmed();
    store.setOperatorName(who);
    store.updateRow(tableOf(Layer::RiskPoints), riskId, {{QStringLiteral("level"), level}});
    store.setOperatorName(previous);
    auto history =
        store.db().prepare("INSERT INTO risk_level_history(risk_id, time, operator, from_level, to_level, "
                           "reason) VALUES (?, ?, ?, ?, ?, ?)");
    history.bind(1, riskId).bind(2, case_time::text(now)).bind(3, who).bind(4, from).bind(5, level);
    history.bind(6, reason.trimmed());
    history.run();
    tx.commit();
}

} // namespace uo
