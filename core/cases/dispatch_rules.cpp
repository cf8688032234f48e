#include "core/cases/dispatch_rules.h"
#include "core/error/error.h"

#include "core/cases/case_labels.h"
#include "core/cases/case_units.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QHash>

namespace uo {

namespace {

// Columns that hold an empty text for "any" rather than NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariantMap valuesOf(const DispatchRule &r)
{
    return {{QStringLiteral("priority"), r.priority},
            {QStringLiteral("class_prefix"), text(r.classPrefix)},
            {QStringLiteral("trade"), text(r.trade)},
            {QStringLiteral("street_code"), text(r.streetCode)},
            {QStringLiteral("level"), r.level},
            {QStringLiteral("unit_kind"), r.unitKind},
            {QStringLiteral("entity_id"), r.entityId > 0 ? QVariant(r.entityId) : QVariant()},
            {QStringLiteral("note"), r.note}};
}

} // namespace

QList<DispatchRule> DispatchRules::load(DistrictStore &store)
{
    sql::Database &db = store.db();
    QList<DispatchRule> rules;
    auto st =
        db.prepare("SELECT id, priority, class_prefix, trade, street_code, level, unit_kind, "
                   "coalesce(entity_id, 0), coalesce(note, '') FROM dispatch_rules ORDER BY priority, id");
    while (st.step())
        rules.append({st.int64(0), int(st.int64(1)), st.text(2), st.text(3), st.text(4), st.text(5),
                      st.text(6), st.int64(7), st.text(8)});
    return rules;
}

QString DispatchRules::problem(const DispatchRule &rule)
{
    if (!CaseLabels::levels().contains(rule.level))
        return tr("Choose the level the cases go to.");
    if (!CaseLabels::unitKinds().contains(rule.unitKind))
        return tr("Choose the unit the cases go to.");
    if (rule.unitKind == QLatin1String("department") && rule.entityId <= 0)
        return tr("Choose the department the cases go to.");
    if (!rule.trade.isEmpty() && !CaseLabels::trades().contains(rule.trade))
        return tr("%1 is not a trade.").arg(rule.trade);
    for (const QChar c : rule.classPrefix)
        if (!c.isDigit())
            return tr("A class is given by its code or the code's first digits, such as 04 or 0401.");
    return QString();
}

QList<DispatchRule> DispatchRules::save(DistrictStore &store, const QList<DispatchRule> &rules)
{
    for (const DispatchRule &rule : rules)
        if (const QString why = problem(rule); !why.isEmpty())
            throw RequestError(tr("Dispatch rule %1: %2").arg(rule.priority).arg(why));
    sql::Transaction tx(store.db());
    const QList<DispatchRule> before = load(store);
    QHash<qint64, DispatchRule> old;
    for (const DispatchRule &r : before)
        old.insert(r.id, r);
    QSet<qint64> kept;
    for (DispatchRule rule : rules) {
        const auto it = old.constFind(rule.id);
        if (rule.id > 0 && it != old.cend()) {
            if (!(*it == rule))
                store.updateRow(QStringLiteral("dispatch_rules"), rule.id, valuesOf(rule));
        } else {
            QVariantMap values = valuesOf(rule);
            if (rule.id > 0)
                values.insert(QStringLiteral("id"), rule.id); // put back as it was (an undo)
            rule.id = store.insertRow(QStringLiteral("dispatch_rules"), values);
        }
        kept.insert(rule.id);
    }
    for (const DispatchRule &r : before)
        if (!kept.contains(r.id))
            store.deleteRow(QStringLiteral("dispatch_rules"), r.id);
    tx.commit();
    return load(store);
}

bool DispatchRules::matches(const DispatchRule &rule, const CaseFacts &facts)
{
    return facts.classCode.startsWith(rule.classPrefix) &&
           (rule.trade.isEmpty() || rule.trade == facts.trade) &&
           (rule.streetCode.isEmpty() || rule.streetCode == facts.streetCode);
}

DispatchTarget DispatchRules::suggest(const QList<DispatchRule> &rules, const CaseFacts &facts)
{
    for (const DispatchRule &rule : rules) {
        if (!matches(rule, facts))
            continue;
        DispatchTarget target{rule.level, QString(), rule.id, rule.priority, rule.note};
        if (rule.unitKind == QLatin1String("department") && rule.entityId > 0)
            target.unit = CaseUnits::entity(rule.entityId);
        else if (rule.unitKind == QLatin1String("collaborators") && facts.segmentId > 0)
            target.unit = CaseUnits::collaborators(facts.segmentId, facts.trade);
        // A centre, or collaborators where the case lies on no segment: the level's centre for the
        // case's place, or the level above where the place is not known that closely.
        if (target.unit.isEmpty()) {
            QString level = rule.level;
            if (level == QLatin1String("community") && facts.communityCode.isEmpty())
                level = QStringLiteral("street");
            if (level == QLatin1String("street") && facts.streetCode.isEmpty())
                level = QStringLiteral("district");
            target.level = level;
            target.unit = level == QLatin1String("community") ? CaseUnits::community(facts.communityCode)
                          : level == QLatin1String("street")  ? CaseUnits::street(facts.streetCode)
                                                              : CaseUnits::district();
        }
        return target;
    }
    return {};
}

CaseFacts DispatchRules::factsOf(DistrictStore &store, qint64 caseId)
{
    sql::Database &db = store.db();
    auto st = db.prepare("SELECT c.class_code, coalesce(e.trade, ''), coalesce(c.street_code, ''), "
                         "coalesce(c.community_code, ''), coalesce(c.segment_id, 0) FROM cases c "
                         "LEFT JOIN event_classes e ON e.code = c.class_code WHERE c.id = ?");
    st.bind(1, caseId);
    if (!st.step())
        return {};
    return {st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4)};
}

DispatchTarget DispatchRules::suggest(DistrictStore &store, qint64 caseId)
{
    const CaseFacts facts = factsOf(store, caseId);
    if (facts.classCode.isEmpty())
        return {};
    return suggest(load(store), facts);
}

} // namespace uo
