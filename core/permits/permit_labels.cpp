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
    return CodeLists::codes(tableOf(Layer::Permits), QStringLiteral("utility_type"));
}

QStringList PermitLabels::workTypes()
{
    return CodeLists::codes(tableOf(Layer::Permits), QStringLiteral("work_type"));
}

} // namespace uo
