#pragma once

#include "core/permits/permit_rule.h"
#include "core/permits/permit_rules.h"
#include "core/store/layers.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace uo {

class DistrictStore;

// One rule's verdict on a permit, with the reason in words and the features it concerns, so that the
// map can highlight them.
struct PermitFinding
{
    enum Outcome
    {
        Pass,
        Info,
        Warn,
        Fail // blocks approval unless a reason is recorded
    };
    PermitRule rule{};
    Outcome outcome = Pass;
    QString message;
    // The layer whose features `ids` are; none when they are not map features (the calendar's finding
    // names periods of the no-dig calendar).
    std::optional<Layer> layer;
    QList<qint64> ids;
};

struct PermitReviewResult
{
    qint64 permitId = 0;
    QString permitNo;
    QList<PermitFinding> findings;
    QString proposedJointGroup; // members: the permit and the conflicting ones
    bool blocked() const;
    // The worst outcome: Fail, Warn, or Pass (notes of Info do not count against a permit).
    PermitFinding::Outcome outcome() const;
    // The messages of the failed checks, then of the warnings: why the permit is not simply passed.
    QStringList reasons() const;
};

// Runs every enabled rule of the district on one permit. Reads only; candidates come from SpatiaLite's
// spatial index, distances are measured on the decoded geometry (geometry_distance) and the verdicts
// are PermitVerdict's, as in the register. Throws RequestError for an unknown permit.
class PermitReview
{
    Q_DECLARE_TR_FUNCTIONS(uo::PermitReview)

public:
    static PermitReviewResult run(DistrictStore &store, const QString &permitNo,
                                  QDate today = QDate::currentDate());
    static PermitReviewResult run(DistrictStore &store, qint64 permitId, QDate today = QDate::currentDate());
    static QString outcomeName(PermitFinding::Outcome outcome);
};

} // namespace uo
