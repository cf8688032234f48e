#pragma once

#include "core/cases/case_workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;
namespace sql {
class Database;
}

// A monitoring rule (table monitoring_rules): for risk points of `category`, a reading of `quantity`
// above `threshold`, followed by the point's next reading of it taken `recheckMinutes` later (give or
// take `windowMinutes`) and still above, raises an alert at the time of that second reading, which
// becomes a case of `classCode`. The bureau's methane rule: septic tanks, methane_pct, 60 %, 60 min.
struct MonitoringRule
{
    qint64 id = 0; // 0: not in the store yet
    QString name;
    QString category = QStringLiteral("septic_tank");
    QString quantity = QStringLiteral("methane_pct");
    double threshold = 60;
    double recheckMinutes = 60;
    double windowMinutes = 15;
    QString classCode = QStringLiteral("0701");
    bool enabled = true;

    friend bool operator==(const MonitoringRule &, const MonitoringRule &) = default;
};

// An alert a rule finds in the records.
struct RiskAlert
{
    qint64 id = 0; // in risk_alerts; 0 when found but not stored
    qint64 riskId = 0, ruleId = 0, caseId = 0;
    QString riskCode, riskName, streetCode;
    QDateTime firstTime, time; // the reading above the threshold, and the one that confirmed it
    double firstValue = 0, value = 0;
};

class MonitoringRules
{
    Q_DECLARE_TR_FUNCTIONS(uo::MonitoringRules)

public:
    static QList<MonitoringRule> load(DistrictStore &store);
    // The threshold of the enabled rule over risk points of `category`; 0 when none watches them
    // (what a chart of their readings draws as its line).
    static double threshold(DistrictStore &store, const QString &category);
    // Makes the table hold exactly `rules`, audited, in one transaction; returns them with their ids.
    static QList<MonitoringRule> save(DistrictStore &store, const QList<MonitoringRule> &rules);
    static QString problem(const MonitoringRule &rule);
};

class RiskMonitor
{
    Q_DECLARE_TR_FUNCTIONS(uo::RiskMonitor)

public:
    // Every alert the enabled rules find in the records, by time then point; only those confirmed at
    // or after `since` when it is valid. Reads the readings once per rule with the records' own index.
    static QList<RiskAlert> evaluate(DistrictStore &store, const QList<MonitoringRule> &rules,
                                     const QDateTime &since = QDateTime());
    static QList<RiskAlert> evaluate(DistrictStore &store, const QDateTime &since = QDateTime());
    // The alerts stored in risk_alerts, newest first; only those at or after `since` when valid.
    static QList<RiskAlert> stored(DistrictStore &store, const QDateTime &since = QDateTime(),
                                   qint64 riskId = 0);
    // Stores the alerts the rules find that are not stored yet, and raises a case for each: a sensor
    // case at the risk point, accepted and dispatched where the dispatch rules send it. Returns the
    // new alerts. One transaction: all of them or none.
    static QList<RiskAlert> raise(DistrictStore &store, const CaseActor &actor = {},
                                  const QDateTime &now = QDateTime::currentDateTime());
    // Stores alerts without raising cases (for a district's history, as the demo writes it); returns
    // their ids in order.
    static QList<qint64> store(DistrictStore &district, const QList<RiskAlert> &alerts);
};

} // namespace uo
