#include "core/permits/permit_labels.h"

namespace uo {

QString PermitLabels::status(const QString &key)
{
    if (key == QLatin1String("submitted"))
        return tr("Submitted");
    if (key == QLatin1String("under_review"))
        return tr("Under review");
    if (key == QLatin1String("approved"))
        return tr("Approved");
    if (key == QLatin1String("rejected"))
        return tr("Rejected");
    if (key == QLatin1String("returned_joint"))
        return tr("Returned for joint excavation");
    if (key == QLatin1String("works_started"))
        return tr("Works started");
    if (key == QLatin1String("restored"))
        return tr("Restored");
    if (key == QLatin1String("accepted"))
        return tr("Accepted");
    return key;
}

QString PermitLabels::utility(const QString &key)
{
    if (key == QLatin1String("water"))
        return tr("Water supply");
    if (key == QLatin1String("drainage"))
        return tr("Drainage");
    if (key == QLatin1String("gas"))
        return tr("Gas");
    if (key == QLatin1String("power"))
        return tr("Power");
    if (key == QLatin1String("telecom"))
        return tr("Telecom");
    if (key == QLatin1String("broadcast"))
        return tr("Broadcast");
    if (key == QLatin1String("heat"))
        return tr("Heat");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

QString PermitLabels::workType(const QString &key)
{
    if (key == QLatin1String("new"))
        return tr("New");
    if (key == QLatin1String("upgrade"))
        return tr("Upgrade");
    if (key == QLatin1String("repair"))
        return tr("Repair");
    if (key == QLatin1String("emergency"))
        return tr("Emergency repair");
    if (key == QLatin1String("connection"))
        return tr("Service connection");
    return key;
}

QString PermitLabels::route(const QString &key)
{
    if (key == QLatin1String("online"))
        return tr("Online service");
    if (key == QLatin1String("coordination"))
        return tr("Coordination by the governance centres");
    if (key == QLatin1String("joint_enforcement"))
        return tr("Joint enforcement");
    return key;
}

QString PermitLabels::rule(const QString &key)
{
    if (key == QLatin1String("no_dig_period"))
        return tr("No-dig period");
    if (key == QLatin1String("conflicts"))
        return tr("Other digs at the same time");
    if (key == QLatin1String("same_utility"))
        return tr("Same pipeline dug recently");
    if (key == QLatin1String("calendar"))
        return tr("No-dig calendar");
    if (key == QLatin1String("risk_points"))
        return tr("Risk points");
    if (key == QLatin1String("components"))
        return tr("Components in the way");
    if (key == QLatin1String("segments"))
        return tr("Segments and chiefs");
    if (key == QLatin1String("trench_limits"))
        return tr("Trench length and area");
    if (key == QLatin1String("emergency_filing"))
        return tr("Emergency filing");
    return key;
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
    return {QStringLiteral("water"), QStringLiteral("drainage"), QStringLiteral("gas"),
            QStringLiteral("power"), QStringLiteral("telecom"),  QStringLiteral("broadcast"),
            QStringLiteral("heat"),  QStringLiteral("other")};
}

QStringList PermitLabels::workTypes()
{
    return {QStringLiteral("new"), QStringLiteral("upgrade"), QStringLiteral("repair"),
            QStringLiteral("emergency"), QStringLiteral("connection")};
}

} // namespace uo
