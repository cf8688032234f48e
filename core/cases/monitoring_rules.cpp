#include "core/cases/monitoring_rules.h"
#include "core/error/error.h"

#include "core/cases/case_intake.h"
#include "core/cases/case_time.h"
#include "core/cases/dispatch_rules.h"
#include "core/cases/risk_points.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace uo {

namespace {

QVariantMap valuesOf(const MonitoringRule &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("category"), r.category},
            {QStringLiteral("quantity"), r.quantity},
            {QStringLiteral("threshold"), r.threshold},
            {QStringLiteral("recheck_minutes"), r.recheckMinutes},
            {QStringLiteral("window_minutes"), r.windowMinutes},
            {QStringLiteral("class_code"), r.classCode},
            {QStringLiteral("enabled"), r.enabled ? 1 : 0}};
}

} // namespace

QList<MonitoringRule> MonitoringRules::load(DistrictStore &store)
{
    sql::Database &db = store.db();
    QList<MonitoringRule> rules;
    auto st = db.prepare("SELECT id, name, category, quantity, threshold, recheck_minutes, window_minutes, "
                         "class_code, enabled FROM monitoring_rules ORDER BY id");
    while (st.step())
        rules.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.real(4), st.real(5), st.real(6),
                      st.text(7), st.int64(8) != 0});
    return rules;
}

QString MonitoringRules::problem(const MonitoringRule &rule)
{
    if (rule.name.trimmed().isEmpty())
        return tr("The rule needs a name.");
    if (rule.category.trimmed().isEmpty() || rule.quantity.trimmed().isEmpty())
        return tr("The rule needs the category of risk points and the quantity it watches.");
    if (!(rule.recheckMinutes > 0))
        return tr("The second reading is taken some minutes after the first: more than 0.");
    if (rule.windowMinutes < 0 || rule.windowMinutes >= rule.recheckMinutes)
        return tr("The margin of the second reading must be less than the time to it.");
    if (rule.classCode.isEmpty())
        return tr("Choose the class of the cases the alerts raise.");
    return QString();
}

double MonitoringRules::threshold(DistrictStore &store, const QString &category)
{
    for (const MonitoringRule &rule : load(store))
        if (rule.enabled && rule.category == category)
            return rule.threshold;
    return 0;
}

QList<MonitoringRule> MonitoringRules::save(DistrictStore &store, const QList<MonitoringRule> &rules)
{
    for (const MonitoringRule &rule : rules)
        if (const QString why = problem(rule); !why.isEmpty())
            throw RequestError(tr("Monitoring rule “%1”: %2").arg(rule.name, why));
    sql::Transaction tx(store.db());
    const QList<MonitoringRule> before = load(store);
    QHash<qint64, MonitoringRule> old;
    for (const MonitoringRule &r : before)
        old.insert(r.id, r);
    QSet<qint64> kept;
    for (const MonitoringRule &rule : rules) {
        const auto it = old.constFind(rule.id);
        qint64 id = rule.id;
        if (rule.id > 0 && it != old.cend()) {
            if (!(*it == rule))
                store.updateRow(QStringLiteral("monitoring_rules"), rule.id, valuesOf(rule));
        } else {
            QVariantMap values = valuesOf(rule);
            if (rule.id > 0)
                values.insert(QStringLiteral("id"), rule.id);
            id = store.insertRow(QStringLiteral("monitoring_rules"), values);
        }
        kept.insert(id);
    }
    for (const MonitoringRule &r : before)
        if (!kept.contains(r.id))
            store.deleteRow(QStringLiteral("monitoring_rules"), r.id);
    tx.commit();
    return load(store);
}

QList<RiskAlert> RiskMonitor::evaluate(DistrictStore &store, const QList<MonitoringRule> &rules,
                                       const QDateTime &since)
{
    sql::Database &db = store.db();
    QList<RiskAlert> alerts;
    for (const MonitoringRule &rule : rules) {
        if (!rule.enabled)
            continue;
        // Each reading with the point's next one (the records' index on risk_id, time gives the order),
        // kept where both are above the threshold and the second came the recheck time later.
        auto st = db.prepare(
            "WITH r AS (SELECT x.risk_id, x.time, x.value, "
            "  lead(x.time) OVER w AS next_time, lead(x.value) OVER w AS next_value "
            "  FROM risk_records x JOIN risk_points p ON p.id = x.risk_id "
            "  WHERE x.kind = 'reading' AND x.quantity = ?1 AND p.category = ?2 AND x.value IS NOT NULL "
            "  WINDOW w AS (PARTITION BY x.risk_id ORDER BY x.time)) "
            "SELECT r.risk_id, p.code, p.name, coalesce(p.street_code, ''), r.time, r.value, r.next_time, "
            "  r.next_value FROM r JOIN risk_points p ON p.id = r.risk_id "
            "WHERE r.value > ?3 AND r.next_value > ?3 AND r.next_time >= ?6 "
            "  AND (julianday(r.next_time) - julianday(r.time)) * 1440.0 BETWEEN ?4 - ?5 AND ?4 + ?5 "
            "ORDER BY r.next_time, r.risk_id");
        st.bind(1, rule.quantity).bind(2, rule.category).bind(3, rule.threshold);
        st.bind(4, rule.recheckMinutes).bind(5, rule.windowMinutes);
        st.bind(6, since.isValid() ? case_time::text(since) : QStringLiteral(""));
        while (st.step()) {
            RiskAlert a;
            a.riskId = st.int64(0);
            a.ruleId = rule.id;
            a.riskCode = st.text(1);
            a.riskName = st.text(2);
            a.streetCode = st.text(3);
            a.firstTime = case_time::parse(st.text(4));
            a.firstValue = st.real(5);
            a.time = case_time::parse(st.text(6));
            a.value = st.real(7);
            alerts.append(a);
        }
    }
    std::stable_sort(alerts.begin(), alerts.end(), [](const RiskAlert &a, const RiskAlert &b) {
        return a.time != b.time ? a.time < b.time : a.riskId < b.riskId;
    });
    return alerts;
}

QList<RiskAlert> RiskMonitor::evaluate(DistrictStore &store, const QDateTime &since)
{
    return evaluate(store, MonitoringRules::load(store), since);
}

QList<RiskAlert> RiskMonitor::stored(DistrictStore &store, const QDateTime &since, qint64 riskId)
{
    sql::Database &db = store.db();
    QByteArray where = "a.time >= ?1";
    if (riskId > 0)
        where += " AND a.risk_id = " + QByteArray::number(riskId);
    auto st =
        db.prepare("SELECT a.id, a.risk_id, coalesce(a.rule_id, 0), coalesce(a.case_id, 0), p.code, p.name, "
                   "coalesce(p.street_code, ''), a.first_time, a.time, coalesce(a.first_value, 0), "
                   "coalesce(a.value, 0) FROM risk_alerts a JOIN risk_points p ON p.id = a.risk_id WHERE " +
                   where + " ORDER BY a.time DESC, a.id DESC");
    st.bind(1, since.isValid() ? case_time::text(since) : QStringLiteral(""));
    QList<RiskAlert> alerts;
    while (st.step())
        alerts.append({st.int64(0), st.int64(1), st.int64(2), st.int64(3), st.text(4), st.text(5), st.text(6),
                       case_time::parse(st.text(7)), case_time::parse(st.text(8)), st.real(9), st.real(10)});
    return alerts;
}

QList<qint64> RiskMonitor::store(DistrictStore &district, const QList<RiskAlert> &alerts)
{
    sql::Database &db = district.db();
    auto insert =
        db.prepare("INSERT INTO risk_alerts(risk_id, rule_id, time, value, first_time, first_value, "
                   "case_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    QList<qint64> ids;
    for (const RiskAlert &a : alerts) {
        insert.bind(1, a.riskId).bindVariant(2, a.ruleId > 0 ? QVariant(a.ruleId) : QVariant());
        insert.bind(3, case_time::text(a.time)).bind(4, a.value).bind(5, case_time::text(a.firstTime));
        insert.bind(6, a.firstValue).bindVariant(7, a.caseId > 0 ? QVariant(a.caseId) : QVariant());
        ids.append(insert.step() ? insert.int64(0) : 0);
        insert.reset();
    }
    return ids;
}

QList<RiskAlert> RiskMonitor::raise(DistrictStore &store, const CaseActor &actor, const QDateTime &now)
{
    sql::Database &db = store.db();
    const QList<MonitoringRule> rules = MonitoringRules::load(store);
    QHash<qint64, QString> classOf;
    for (const MonitoringRule &r : rules)
        classOf.insert(r.id, r.classCode);
    QSet<QString> known;
    auto st = db.prepare("SELECT risk_id, coalesce(rule_id, 0), time FROM risk_alerts");
    while (st.step())
        known.insert(QStringLiteral("%1/%2/%3").arg(st.int64(0)).arg(st.int64(1)).arg(st.text(2)));
    const QLocale locale;
    QList<RiskAlert> raised;
    sql::Transaction tx(db);
    for (RiskAlert a : evaluate(store, rules)) {
        const QString key =
            QStringLiteral("%1/%2/%3").arg(a.riskId).arg(a.ruleId).arg(case_time::text(a.time));
        if (known.contains(key))
            continue;
        const std::optional<RiskPointPlace> place = RiskPoints::place(store, a.riskId);
        if (!place)
            continue; // a point without a place raises no case: the alert is still listed
        NewCase c;
        c.classCode = classOf.value(a.ruleId);
        c.source = QStringLiteral("sensor");
        c.point = place->point;
        c.reportedAt = a.time;
        c.riskId = a.riskId;
        c.reporter = tr("Monitoring rule");
        c.description =
            tr("%1 %2: %3 at %4, still %5 at %6 after ventilation")
                .arg(a.riskCode, a.riskName, locale.toString(a.firstValue, 'f', 1),
                     a.firstTime.toOffsetFromUtc(case_time::kOffsetSeconds)
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     locale.toString(a.value, 'f', 1),
                     a.time.toOffsetFromUtc(case_time::kOffsetSeconds).toString(QStringLiteral("HH:mm")));
        a.caseId = CaseIntake::create(store, c, actor);
        CaseWorkflow::advance(store, a.caseId, {QStringLiteral("accepted"), {}, {}, {}, {}}, actor, now);
        const DispatchTarget target = DispatchRules::suggest(store, a.caseId);
        if (target.isValid())
            CaseWorkflow::advance(store, a.caseId,
                                  {QStringLiteral("dispatched"), target.note, target.level, target.unit, {}},
                                  actor, now);
        a.id = RiskMonitor::store(store, {a}).value(0);
        raised.append(a);
    }
    tx.commit();
    return raised;
}

} // namespace uo
