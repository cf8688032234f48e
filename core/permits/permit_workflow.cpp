#include "core/permits/permit_workflow.h"
#include "core/error/error.h"

#include "core/permits/permit_labels.h"
#include "core/permits/permit_review.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QDateTime>

namespace uo {

QStringList PermitWorkflow::statuses()
{
    return {QStringLiteral("submitted"), QStringLiteral("under_review"),   QStringLiteral("approved"),
            QStringLiteral("rejected"),  QStringLiteral("returned_joint"), QStringLiteral("works_started"),
            QStringLiteral("restored"),  QStringLiteral("accepted")};
}

QStringList PermitWorkflow::routes()
{
    return {QStringLiteral("online"), QStringLiteral("coordination"), QStringLiteral("joint_enforcement")};
}

bool PermitWorkflow::allowed(const QString &from, const QString &to, bool emergency)
{
    if (emergency && from == QLatin1String("submitted") && to == QLatin1String("works_started"))
        return true;
    static const QList<QPair<const char *, const char *>> steps = {
        {"submitted", "under_review"},      {"under_review", "approved"},    {"under_review", "rejected"},
        {"under_review", "returned_joint"}, {"returned_joint", "submitted"}, {"approved", "works_started"},
        {"works_started", "restored"},      {"restored", "accepted"},
    };
    for (const auto &[a, b] : steps)
        if (from == QLatin1String(a) && to == QLatin1String(b))
            return true;
    return false;
}

bool PermitWorkflow::isDecision(const QString &to)
{
    return to == QLatin1String("approved") || to == QLatin1String("rejected") ||
           to == QLatin1String("returned_joint");
}

void PermitWorkflow::advance(DistrictStore &store, qint64 permitId, const QString &to, const QString &reason,
                             const QString &route, QDate today)
{
    sql::Transaction tx(store.db());
    auto st = store.db().prepare("SELECT status, permit_no, emergency, coalesce(issued_date, ''), "
                                 "coalesce(filing_deadline, '') FROM permits WHERE id = ?");
    st.bind(1, permitId);
    if (!st.step())
        throw RequestError(tr("There is no permit %1.").arg(permitId));
    const QString from = st.text(0), number = st.text(1);
    const bool emergency = st.int64(2) != 0;
    if (emergency && to == QLatin1String("accepted") && st.text(3).isEmpty())
        throw RequestError(
            tr("Emergency repair %1 has not been filed (deadline %2): it is accepted once its permit "
               "is issued.")
                .arg(number, st.text(4).isEmpty() ? tr("none set") : st.text(4)));
    if (!allowed(from, to, emergency))
        throw RequestError(tr("Permit %1 is “%2”; it cannot go to “%3” from there.")
                               .arg(number, PermitLabels::status(from), PermitLabels::status(to)));
    if (isDecision(to)) {
        if (!routes().contains(route)) {
            QStringList choices;
            for (const QString &key : routes())
                choices.append(PermitLabels::route(key));
            throw RequestError(tr("A decision on permit %1 records how it was disposed of: %2.")
                                   .arg(number, choices.join(tr(", "))));
        }
        const PermitReviewResult review = PermitReview::run(store, permitId, today);
        if (review.blocked() && reason.trimmed().isEmpty())
            throw RequestError(tr("A check failed for permit %1: the decision needs a reason.").arg(number));
    }
    auto update = store.db().prepare("UPDATE permits SET status = ? WHERE id = ?");
    update.bind(1, to).bind(2, permitId);
    update.run();
    recordStep(store, permitId, from, to, reason, route);
    store.recordAudit(QStringLiteral("update"), tableOf(Layer::Permits), permitId,
                      {{QStringLiteral("status"), from}}, {{QStringLiteral("status"), to}});
    store.touch();
    tx.commit();
}

void PermitWorkflow::recordStep(DistrictStore &store, qint64 permitId, const QString &from, const QString &to,
                                const QString &reason, const QString &route)
{
    const auto orNull = [](const QString &s) {
        return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
    };
    auto history =
        store.db().prepare("INSERT INTO permit_history(permit_id, time, operator, from_status, to_status, "
                           "reason, route) VALUES (?, ?, ?, ?, ?, ?, ?)");
    // Chongqing time, with its offset, as every step of a permit is written.
    history.bind(1, permitId)
        .bind(2, QDateTime::currentDateTime().toOffsetFromUtc(8 * 3600).toString(Qt::ISODate));
    history.bind(3, store.operatorName());
    history.bindVariant(4, orNull(from)).bind(5, to);
    history.bindVariant(6, orNull(reason)).bindVariant(7, orNull(route));
    history.run();
}

QList<PermitStep> PermitWorkflow::history(DistrictStore &store, qint64 permitId)
{
    QList<PermitStep> steps;
    auto st = store.db().prepare(
        "SELECT time, operator, coalesce(from_status, ''), to_status, coalesce(route, ''), "
        "coalesce(reason, '') FROM permit_history WHERE permit_id = ? ORDER BY time, id");
    st.bind(1, permitId);
    while (st.step())
        steps.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    return steps;
}

} // namespace uo
