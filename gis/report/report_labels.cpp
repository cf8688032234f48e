#include "report_request.h"

#include "render/layer_style.h"
#include "sql/statement.h"
#include "store/district_store.h"

#include <QLocale>

namespace uo::report {

namespace {
QString lookup(const QString &key, std::initializer_list<std::pair<const char *, QString>> labels)
{
    for (const auto &[k, label] : labels)
        if (key == QLatin1String(k))
            return label;
    return key;
}
} // namespace

QString ReportLabels::crs(DistrictStore &store)
{
    auto st = store.db().prepare("SELECT ref_sys_name FROM spatial_ref_sys WHERE srid = ?");
    st.bind(1, store.srid());
    const QString name = st.step() ? st.text(0) : QString();
    return name.isEmpty() ? QStringLiteral("EPSG:%1").arg(store.srid())
                          : QStringLiteral("EPSG:%1 %2").arg(store.srid()).arg(name);
}

ReportInfo ReportLabels::complete(DistrictStore &store, const ReportRequest &request,
                                  const QString &defaultTitle)
{
    ReportInfo info = request.info;
    if (info.title.trimmed().isEmpty())
        info.title = defaultTitle;
    if (info.crs.isEmpty())
        info.crs = crs(store);
    if (info.author.isEmpty())
        info.author = store.operatorName();
    if (info.department.isEmpty()) {
        // A bureau sets its own name once; until then the district's name stands for it.
        info.department = store.setting(QStringLiteral("report.department"));
        if (info.department.isEmpty())
            info.department = store.settings().name;
    }
    if (!info.date.isValid())
        info.date = QDate::currentDate();
    return info;
}

std::shared_ptr<const DistrictStyle> ReportLabels::style(DistrictStore &store, const ReportRequest &request)
{
    return request.style ? request.style : std::make_shared<const DistrictStyle>(loadDistrictStyle(store));
}

QString ReportLabels::riskLevel(const QString &level)
{
    return lookup(
        level,
        {{"red", tr("red")}, {"orange", tr("orange")}, {"yellow", tr("yellow")}, {"blue", tr("blue")}});
}

QString ReportLabels::permitStatus(const QString &status)
{
    return lookup(status, {{"submitted", tr("submitted")},
                           {"under_review", tr("under review")},
                           {"approved", tr("approved")},
                           {"rejected", tr("rejected")},
                           {"returned_joint", tr("returned for joint excavation")},
                           {"works_started", tr("works started")},
                           {"restored", tr("restored")},
                           {"accepted", tr("accepted")}});
}

QString ReportLabels::utility(const QString &type)
{
    return lookup(type, {{"water", tr("water")},
                         {"drainage", tr("drainage")},
                         {"gas", tr("gas")},
                         {"power", tr("power")},
                         {"telecom", tr("telecom")},
                         {"broadcast", tr("broadcast")},
                         {"heat", tr("heat")},
                         {"other", tr("other")}});
}

QString ReportLabels::workType(const QString &type)
{
    return lookup(type, {{"new", tr("new")},
                         {"upgrade", tr("upgrade")},
                         {"repair", tr("repair")},
                         {"emergency", tr("emergency repair")},
                         {"connection", tr("connection")}});
}

QString ReportLabels::rule(const QString &key)
{
    return lookup(key, {{"no_dig_period", tr("No-dig period")},
                        {"conflicts", tr("Other excavations")},
                        {"same_utility", tr("Same utility")},
                        {"calendar", tr("No-dig calendar")},
                        {"risk_points", tr("Risk points")},
                        {"components", tr("Components")},
                        {"segments", tr("Road segments")},
                        {"trench_limits", tr("Trench limits")},
                        {"emergency_filing", tr("Emergency filing")}});
}

QString ReportLabels::route(const QString &route)
{
    return lookup(route, {{"online", tr("online")},
                          {"coordination", tr("coordination")},
                          {"joint_enforcement", tr("joint enforcement")}});
}

QString ReportLabels::metres(double metres)
{
    return tr("%1 m").arg(QLocale().toString(metres, 'f', metres < 100 ? 1 : 0));
}

} // namespace uo::report
