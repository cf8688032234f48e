#include "gis/report_layout/report_request.h"

#include "core/catalogue/code_lists.h"
#include "gis/render/layer_style.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

#include <QLocale>

namespace uo::report {

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
    return CodeLists::word(QStringLiteral("risk_points"), QStringLiteral("level"), level);
}

QString ReportLabels::metres(double metres)
{
    return tr("%1 m").arg(QLocale().toString(metres, 'f', metres < 100 ? 1 : 0));
}

} // namespace uo::report
