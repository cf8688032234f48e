#include "gis/report_layout/report_request.h"

#include "core/catalogue/code_lists.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/report_layout/map_frame.h"

#include <QLocale>
#include <QRegularExpression>

namespace uo::report {

QString ReportLabels::crs(DistrictStore &store)
{
    auto st = store.db().prepare("SELECT ref_sys_name FROM spatial_ref_sys WHERE srid = ?");
    st.bind(1, store.srid());
    const QString name = st.step() ? st.text(0) : QString();
    // The reference systems of China's districts named in the reader's language; any other as EPSG
    // names it.
    static const QRegularExpression gaussKruger(
        QStringLiteral("^CGCS2000 / 3-degree Gauss-Kruger (CM (\\d+)E|zone (\\d+))$"));
    const QRegularExpressionMatch match = gaussKruger.match(name);
    QString described = name;
    if (match.hasMatch())
        described =
            match.captured(2).isEmpty()
                ? tr("CGCS2000 / 3-degree Gauss-Kruger, zone %1").arg(match.captured(3))
                : tr("CGCS2000 / 3-degree Gauss-Kruger, central meridian %1°E").arg(match.captured(2));
    else if (name == QLatin1String("China Geodetic Coordinate System 2000") ||
             name == QLatin1String("CGCS2000"))
        described = tr("CGCS2000 longitude and latitude");
    return described.isEmpty() ? QStringLiteral("EPSG:%1").arg(store.srid())
                               : tr("%1 (EPSG:%2)").arg(described).arg(store.srid());
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
    return CodeLists::word(tableOf(Layer::RiskPoints), QStringLiteral("level"), level);
}

QString ReportLabels::riskCategory(const QString &category)
{
    return CodeLists::word(tableOf(Layer::RiskPoints), QStringLiteral("category"), category);
}

MapFrameSpec ReportLabels::mapSpec(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                   const ReportRequest &request)
{
    MapFrameSpec spec;
    spec.style = style(store, request);
    spec.grid = request.grid;
    if (request.basemaps) {
        spec.basemaps = *request.basemaps;
    } else if (snapshot) {
        for (const Basemap &basemap : snapshot->basemaps())
            if (basemap.visibleByDefault)
                spec.basemaps.append(basemap);
    }
    spec.basemapNetwork =
        request.fetchTiles ? BasemapRaster::Network::Fetch : BasemapRaster::Network::CacheOnly;
    spec.snapshot = std::move(snapshot);
    return spec;
}

QString ReportLabels::metres(double metres)
{
    return tr("%1 m").arg(QLocale().toString(metres, 'f', metres < 100 ? 1 : 0));
}

} // namespace uo::report
