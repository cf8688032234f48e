#pragma once

#include "gis/report_layout/report_document.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace uo {
class DistrictStore;
struct DistrictStyle;
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
};

class ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::ReportLabels)

public:
    // "EPSG:4545 CGCS2000 / 3-degree Gauss-Kruger CM 105E" from the store's spatial_ref_sys.
    static QString crs(DistrictStore &store);
    // The request's info with what it leaves empty filled in: the title, the CRS, the author (the
    // store's operator) and the department (the district's, from its settings).
    static ReportInfo complete(DistrictStore &store, const ReportRequest &request,
                               const QString &defaultTitle);

    static QString riskLevel(const QString &level);
    static QString metres(double metres);
    // The request's style, or the district's saved one (the defaults when it has none).
    static std::shared_ptr<const DistrictStyle> style(DistrictStore &store, const ReportRequest &request);
};

} // namespace uo::report
