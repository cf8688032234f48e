#include "core/cases/case_labels.h"

#include "core/permits/permit_labels.h"
#include "core/permits/permit_workflow.h"

namespace uo {

QStringList CaseLabels::states()
{
    return {QStringLiteral("collected"),  QStringLiteral("accepted"), QStringLiteral("rejected"),
            QStringLiteral("dispatched"), QStringLiteral("handled"),  QStringLiteral("reported"),
            QStringLiteral("verified"),   QStringLiteral("closed")};
}

QStringList CaseLabels::sources()
{
    return {QStringLiteral("video"), QStringLiteral("patrol"), QStringLiteral("public"),
            QStringLiteral("sensor"), QStringLiteral("instruction")};
}

QStringList CaseLabels::levels()
{
    return {QStringLiteral("district"), QStringLiteral("street"), QStringLiteral("community")};
}

QStringList CaseLabels::unitKinds()
{
    return {QStringLiteral("centre"), QStringLiteral("department"), QStringLiteral("collaborators")};
}

QStringList CaseLabels::trades()
{
    return {QStringLiteral("sanitation"), QStringLiteral("municipal"), QStringLiteral("greening"),
            QStringLiteral("enforcement"), QStringLiteral("utility")};
}

QStringList CaseLabels::routes()
{
    return PermitWorkflow::routes();
}

QString CaseLabels::state(const QString &key, bool overdue)
{
    return overdue ? tr("%1, overdue").arg(state(key)) : state(key);
}

QString CaseLabels::state(const QString &key)
{
    if (key == QLatin1String("collected"))
        return tr("Collected");
    if (key == QLatin1String("accepted"))
        return tr("Accepted");
    if (key == QLatin1String("rejected"))
        return tr("Not accepted");
    if (key == QLatin1String("dispatched"))
        return tr("Dispatched");
    if (key == QLatin1String("handled"))
        return tr("Handled");
    if (key == QLatin1String("reported"))
        return tr("Reported back");
    if (key == QLatin1String("verified"))
        return tr("Verified");
    if (key == QLatin1String("closed"))
        return tr("Closed");
    return key;
}

QString CaseLabels::source(const QString &key)
{
    if (key == QLatin1String("video"))
        return tr("Video capture");
    if (key == QLatin1String("patrol"))
        return tr("Patrol");
    if (key == QLatin1String("public"))
        return tr("Public report");
    if (key == QLatin1String("sensor"))
        return tr("Sensor alert");
    if (key == QLatin1String("instruction"))
        return tr("Instruction from above");
    return key;
}

QString CaseLabels::level(const QString &key)
{
    if (key == QLatin1String("district"))
        return tr("District centre");
    if (key == QLatin1String("street"))
        return tr("Street centre");
    if (key == QLatin1String("community"))
        return tr("Community");
    return key;
}

QString CaseLabels::unitKind(const QString &key)
{
    if (key == QLatin1String("centre"))
        return tr("Its governance centre");
    if (key == QLatin1String("department"))
        return tr("A department");
    if (key == QLatin1String("collaborators"))
        return tr("The segment's collaborators");
    return key;
}

QString CaseLabels::trade(const QString &key)
{
    if (key == QLatin1String("sanitation"))
        return tr("Sanitation");
    if (key == QLatin1String("municipal"))
        return tr("Municipal works");
    if (key == QLatin1String("greening"))
        return tr("Greening");
    if (key == QLatin1String("enforcement"))
        return tr("Enforcement");
    if (key == QLatin1String("utility"))
        return tr("Utilities");
    return key;
}

QString CaseLabels::route(const QString &key)
{
    return PermitLabels::route(key);
}

QString CaseLabels::step(const QString &state)
{
    if (state == QLatin1String("accepted"))
        return tr("Accept");
    if (state == QLatin1String("rejected"))
        return tr("Do not accept…");
    if (state == QLatin1String("dispatched"))
        return tr("Dispatch…");
    if (state == QLatin1String("handled"))
        return tr("Handled…");
    if (state == QLatin1String("reported"))
        return tr("Report back…");
    if (state == QLatin1String("verified"))
        return tr("Verify…");
    if (state == QLatin1String("closed"))
        return tr("Close…");
    return state;
}

} // namespace uo
