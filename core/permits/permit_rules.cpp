#include "core/permits/permit_rules.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"

#include <QHash>

namespace uo {

namespace {

// One table row per field, named as the field; values as text. A rule's switch is stored under its
// switchKey(), its parameters next to it.
template <typename F> void eachField(PermitRules &r, F &&f)
{
    f(PermitRules::switchKey(PermitRule::NoDigPeriod), r.noDigPeriod);
    f("new_road_years", r.newRoadYears);
    f("major_repair_years", r.majorRepairYears);
    f(PermitRules::switchKey(PermitRule::Conflicts), r.conflicts);
    f("conflict_distance_m", r.conflictDistanceM);
    f(PermitRules::switchKey(PermitRule::SameUtility), r.sameUtility);
    f("same_utility_years", r.sameUtilityYears);
    f(PermitRules::switchKey(PermitRule::Calendar), r.calendar);
    f(PermitRules::switchKey(PermitRule::RiskPoints), r.riskPoints);
    f("risk_buffer_m", r.riskBufferM);
    f(PermitRules::switchKey(PermitRule::Components), r.components);
    f("component_buffer_m", r.componentBufferM);
    f(PermitRules::switchKey(PermitRule::Segments), r.segments);
    f("road_reach_m", r.roadReachM);
    f(PermitRules::switchKey(PermitRule::TrenchLimits), r.trenchLimits);
    f("max_trench_m", r.maxTrenchM);
    f("max_area_m2", r.maxAreaM2);
}

QString text(bool v)
{
    return v ? QStringLiteral("1") : QStringLiteral("0");
}
QString text(int v)
{
    return QString::number(v);
}
QString text(double v)
{
    return QString::number(v);
}
void parse(const QString &s, bool &v)
{
    v = s.trimmed() != QLatin1String("0");
}
void parse(const QString &s, int &v)
{
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok && n >= 0)
        v = n;
}
void parse(const QString &s, double &v)
{
    bool ok = false;
    const double n = s.toDouble(&ok);
    if (ok && n >= 0)
        v = n;
}

} // namespace

// The one table from a rule to its key in permit_rules. These spellings are what district files and
// server districts hold, written by every version so far: they stay exactly as they are, though two
// read like layers' tables (marked "stored key" for scripts/check-code-rules.sh), because a renamed
// key would not be found and the rule would fall back to its default in every district that switched it.
const char *PermitRules::switchKey(PermitRule rule)
{
    switch (rule) {
    case PermitRule::NoDigPeriod:
        return "no_dig_period";
    case PermitRule::Conflicts:
        return "conflicts";
    case PermitRule::SameUtility:
        return "same_utility";
    case PermitRule::Calendar:
        return "calendar";
    case PermitRule::RiskPoints:
        return "risk_points"; // stored key
    case PermitRule::Components:
        return "components"; // stored key
    case PermitRule::Segments:
        return "segments";
    case PermitRule::TrenchLimits:
        return "trench_limits";
    case PermitRule::EmergencyFiling:
        return nullptr;
    }
    return nullptr;
}

PermitRules PermitRules::load(DistrictStore &store)
{
    PermitRules rules;
    if (!store.hasTable(QStringLiteral("permit_rules")))
        return rules;
    QHash<QString, QString> stored;
    auto st = store.db().prepare("SELECT key, value FROM permit_rules");
    while (st.step())
        stored.insert(st.text(0), st.text(1));
    // A value that does not parse keeps the default rather than switching a rule off by accident.
    eachField(rules, [&stored](const char *key, auto &field) {
        const auto it = stored.constFind(QLatin1String(key));
        if (it != stored.cend())
            parse(*it, field);
    });
    return rules;
}

QMap<QString, QString> PermitRules::values() const
{
    QMap<QString, QString> out;
    PermitRules copy = *this;
    eachField(copy, [&out](const char *key, auto &field) { out.insert(QLatin1String(key), text(field)); });
    return out;
}

void PermitRules::save(DistrictStore &store) const
{
    PermitRules copy = *this;
    const PermitRules before = load(store);
    sql::Transaction tx(store.db());
    auto put = store.db().prepare("INSERT INTO permit_rules(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    QVariantMap oldValues, newValues;
    PermitRules old = before;
    QHash<QString, QString> previous;
    eachField(
        old, [&previous](const char *key, auto &field) { previous.insert(QLatin1String(key), text(field)); });
    eachField(copy, [&](const char *key, auto &field) {
        const QString value = text(field);
        put.bind(1, QLatin1String(key)).bind(2, value);
        put.run();
        if (previous.value(QLatin1String(key)) != value) {
            oldValues.insert(QLatin1String(key), previous.value(QLatin1String(key)));
            newValues.insert(QLatin1String(key), value);
        }
    });
    if (!newValues.isEmpty())
        store.recordAudit(QStringLiteral("update"), QStringLiteral("permit_rules"), 0, oldValues, newValues);
    store.touch();
    tx.commit();
}

} // namespace uo
