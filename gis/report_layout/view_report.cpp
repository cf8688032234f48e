#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/map_legend.h"
#include "gis/report_layout/report_flow.h"
#include "gis/report_layout/report_style.h"
#include "gis/report_layout/reports.h"

#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"

#include <QPainter>

namespace uo::report {

ReportDocument ViewReport::build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                 const ReportRequest &request, const QRectF &extent, double scale,
                                 const QSet<QString> &layers)
{
    ReportDocument doc(request.page, ReportLabels::complete(store, request, tr("District map")));
    const QRectF body = doc.body();
    const std::shared_ptr<const DistrictStyle> districtStyle = ReportLabels::style(store, request);
    const QList<LegendItem> legend = MapLegend::entries(*districtStyle, layers);
    // Beside the map in landscape, under it in portrait: the map keeps the long side of the paper.
    QRectF mapRect, side;
    if (request.page.landscape) {
        const double width = 160;
        mapRect = QRectF(body.left(), body.top(), body.width() - width - 10, body.height());
        side = QRectF(mapRect.right() + 10, body.top(), width, body.height());
    } else {
        const int columns = MapLegend::columnsFor(body.width());
        const double height = MapLegend::height(int(legend.size()), columns) + 30;
        mapRect = QRectF(body.left(), body.top(), body.width(), body.height() - height - 8);
        side = QRectF(body.left(), mapRect.bottom() + 8, body.width(), height);
    }
    MapFrameSpec spec;
    spec.snapshot = std::move(snapshot);
    spec.style = districtStyle;
    spec.layers = layers;
    const QRectF shown = extent.isValid() ? extent : spec.snapshot->extent();
    spec.centre = shown.center();
    spec.scale = scale > 0 ? scale : MapFrame::fitScale(shown, mapRect.size(), 0.02);
    spec.grid = request.grid;

    const int page = doc.addPage();
    doc.addItem(page, mapRect,
                [spec](QPainter &painter, const QRectF &rect) { MapFrame::paint(painter, rect, spec); });
    const QString notes = tr("Scale %1 on %2 paper")
                              .arg(MapFrame::scaleText(spec.scale), PageSetup::paperName(request.page.paper));
    doc.addItem(page, side, [legend, notes](QPainter &painter, const QRectF &rect) {
        painter.setFont(style::font(style::kTextPoints));
        painter.setPen(style::ink());
        const double line = style::lineHeight(style::kTextPoints);
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter, notes);
        MapLegend::paint(painter, rect.adjusted(0, line + 6, 0, 0), legend);
    });
    return doc;
}

} // namespace uo::report
