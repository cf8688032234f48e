#pragma once

#include "gis/report_layout/report_document.h"
#include "gis/report_layout/report_request.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSet>
#include <memory>

namespace uo {
class DistrictStore;
class MapSnapshot;
} // namespace uo

// The kinds of report the bureau prints. Each reads what it needs from the store once, lays it out
// into a ReportDocument, and leaves the drawing to the document, which goes to a PDF or to images.
namespace uo::report {

// One page: the map of `extent` (store CRS) at 1:scale, or fitted to the page when scale is 0, with the
// legend of `layers` (every layer when empty) beside it in landscape, under it in portrait.
class ViewReport
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::ViewReport)

public:
    static ReportDocument build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                const ReportRequest &request, const QRectF &extent, double scale = 0,
                                const QSet<QString> &layers = {});
};

// A sheet per segment: its map, chief, collaborators, unit, length, and what lies along it (shops, risk
// points, components by class). For the segments one person chairs when `chiefId` is set, else for
// every segment; at most `limit` sheets when above 0.
class SegmentSheets
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::SegmentSheets)

public:
    static ReportDocument build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                const ReportRequest &request, qint64 chiefId = 0, int limit = 0);
};

// A permit's review sheet: its fields, its map with the permit outlined, each check of the review with
// its outcome, and its history of decisions. Throws StoreError(Invalid) for an unknown permit.
class PermitSheet
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::PermitSheet)

public:
    static ReportDocument build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                const ReportRequest &request, const QString &permitNo,
                                QDate today = QDate::currentDate());
};

// Risk points by street and level, as a chart and a table, then the red and orange points listed.
class RiskSummary
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::RiskSummary)

public:
    static ReportDocument build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                const ReportRequest &request);
};

} // namespace uo::report
