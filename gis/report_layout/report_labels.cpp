#include "gis/report_layout/report_request.h"

#include "core/catalogue/code_lists.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/crs/crs_transform.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/report_layout/map_frame.h"

#include <QLocale>

namespace uo::report {

ReportInfo ReportLabels::complete(DistrictStore &store, const ReportRequest &request,
                                  const QString &defaultTitle)
{
    ReportInfo info = request.info;
    if (info.title.trimmed().isEmpty())
        info.title = defaultTitle;
    if (info.crs.isEmpty())
        info.crs = crs::name(store.srid());
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
