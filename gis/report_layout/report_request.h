#pragma once

#include "gis/report_layout/report_document.h"

#include "core/basemap/basemaps.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace uo {
class DistrictStore;
struct DistrictStyle;
class MapSnapshot;
} // namespace uo

namespace uo::report {

// What every kind of report is asked for besides its subject: the paper and the header and footer
// texts. An empty title is replaced by the kind's own.
struct ReportRequest
{
    PageSetup page;
    ReportInfo info;
    bool grid = false; // a coordinate grid on the maps
    // How the maps look: the workstation passes the one it shows; null reads the district's own.
    std::shared_ptr<const DistrictStyle> style;
    // The basemaps under the maps, bottom first: the workstation passes those it shows; unset, those
    // the district shows by default.
    std::optional<QList<Basemap>> basemaps;
    // Whether tiles missing from the cache may be fetched: the command line waits for them; the
    // workstation prints what its cache holds and never waits for the network.
    bool fetchTiles = false;
};

struct MapFrameSpec;

class ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::ReportLabels)

public:
    // The request's info with what it leaves empty filled in: the title, the CRS, the author (the
    // store's operator) and the department (the district's, from its settings).
    static ReportInfo complete(DistrictStore &store, const ReportRequest &request,
                               const QString &defaultTitle);

    static QString riskLevel(const QString &level);
    // A risk category's word ("septic_tank" is 化粪池 in Chinese): a category the program does not know
    // is shown as stored.
    static QString riskCategory(const QString &category);
    static QString metres(double metres);
    // The request's style, or the district's saved one (the defaults when it has none).
    static std::shared_ptr<const DistrictStyle> style(DistrictStore &store, const ReportRequest &request);
    // What every map of a report starts from: the snapshot, the style, the basemaps and the grid.
    static MapFrameSpec mapSpec(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                const ReportRequest &request);
};

} // namespace uo::report
