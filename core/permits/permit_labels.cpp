#include "core/permits/permit_labels.h"

#include "core/catalogue/code_lists.h"
#include "core/store/layers.h"

namespace uo {

QString PermitLabels::status(const QString &key)
{
    return CodeLists::title(tableOf(Layer::Permits), QStringLiteral("status"), key);
}

QString PermitLabels::utility(const QString &key)
{
    return CodeLists::title(tableOf(Layer::Permits), QStringLiteral("utility_type"), key);
}

QString PermitLabels::workType(const QString &key)
{
    return CodeLists::title(tableOf(Layer::Permits), QStringLiteral("work_type"), key);
}

QString PermitLabels::route(const QString &key)
{
    return CodeLists::title(QStringLiteral("permit_history"), QStringLiteral("route"), key);
}

QString PermitLabels::rule(PermitRule rule)
{
    switch (rule) {
    case PermitRule::NoDigPeriod:
        return tr("No-dig period");
    case PermitRule::Conflicts:
        return tr("Other digs at the same time");
    case PermitRule::SameUtility:
        return tr("Same pipeline dug recently");
    case PermitRule::Calendar:
        return tr("No-dig calendar");
    case PermitRule::RiskPoints:
        return tr("Risk points");
    case PermitRule::Components:
        return tr("Components in the way");
    case PermitRule::Segments:
        return tr("Segments and chiefs");
    case PermitRule::TrenchLimits:
        return tr("Trench length and area");
    case PermitRule::EmergencyFiling:
        return tr("Emergency filing");
    }
    return QString();
}

QString PermitLabels::step(const QString &status)
{
    if (status == QLatin1String("submitted"))
        return tr("Resubmit");
    if (status == QLatin1String("under_review"))
        return tr("Start review");
    if (status == QLatin1String("approved"))
        return tr("Approve…");
    if (status == QLatin1String("rejected"))
        return tr("Reject…");
    if (status == QLatin1String("returned_joint"))
        return tr("Return for joint excavation…");
    if (status == QLatin1String("works_started"))
        return tr("Works started");
    if (status == QLatin1String("restored"))
        return tr("Restored");
    if (status == QLatin1String("accepted"))
        return tr("Accept restoration");
    return status;
}

QStringList PermitLabels::utilities()
{
    return CodeLists::codes(tableOf(Layer::Permits), QStringLiteral("utility_type"));
}

QStringList PermitLabels::workTypes()
{
    return CodeLists::codes(tableOf(Layer::Permits), QStringLiteral("work_type"));
}

} // namespace uo
