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

// One record of a risk point: a reading (a quantity and its value) or an inspection (a note).
struct RiskRecord
{
    QDateTime time;
    QString kind; // reading, inspection, alert
    QString quantity;
    double value = 0;
    bool hasValue = false;
    QString note;
};

struct RiskLevelChange
{
    QDateTime time;
    QString operatorName, from, to, reason;
};

// A risk point's history: its records for the charts, and its level changes, each with its reason.
class RiskHistory
{
    Q_DECLARE_TR_FUNCTIONS(uo::RiskHistory)

public:
    // Oldest first; only those at or after `since` when it is valid.
    static QList<RiskRecord> records(DistrictStore &store, qint64 riskId,
                                     const QDateTime &since = QDateTime());
    static QList<RiskLevelChange> levelChanges(DistrictStore &store, qint64 riskId);
    // Raises or lowers the point's level, recording who, when and why. Throws RequestError without
    // a reason, for an unknown level or point, or when the level is already that.
    static void changeLevel(DistrictStore &store, qint64 riskId, const QString &level, const QString &reason,
                            const CaseActor &actor = {}, const QDateTime &now = QDateTime::currentDateTime());
    static QStringList levels(); // red, orange, yellow, blue: highest first
};

} // namespace uo
