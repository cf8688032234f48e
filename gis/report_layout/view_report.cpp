#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/map_legend.h"
#include "gis/report_layout/report_flow.h"
#include "gis/report_layout/report_style.h"
#include "gis/report_layout/reports.h"

#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"

#include <QPainter>
#include <cmath>

namespace uo::report {

QString ViewReport::defaultTitle()
{
    return tr("District map");
}

ReportDocument ViewReport::build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                 const ReportRequest &request, const QRectF &extent, double scale,
                                 const QSet<QString> &layers)
{
    ReportDocument doc(request.page, ReportLabels::complete(store, request, defaultTitle()));
    const QRectF body = doc.body();
    MapFrameSpec spec = ReportLabels::mapSpec(store, std::move(snapshot), request);
    const QRectF shown = extent.isValid() ? extent : spec.snapshot->extent();
    // The legend of what the map shows at its scale; a fitted map's scale is that of a frame of about
    // the page's body, near enough for choosing how the components are drawn.
    const QList<LegendItem> legend = MapLegend::entries(
        *spec.style, layers, scale > 0 ? scale : MapFrame::fitScale(shown, body.size(), 0.02));
    // Beside the map in landscape, under it in portrait: the map keeps the long side of the paper.
    QRectF mapRect, side;
    if (request.page.landscape) {
        const double width = 160;
        mapRect = QRectF(body.left(), body.top(), body.width() - width - 10, body.height());
        side = QRectF(mapRect.right() + 10, body.top(), width, body.height());
    } else {
        const int columns = MapLegend::columnsFor(body.width());
        // The legend and the notes over it: the scale, what the page leaves out, the basemaps.
        const double notes = (2 + spec.basemaps.size()) * style::lineHeight(style::kTextPoints) + 6;
        const double height = MapLegend::height(int(legend.size()), columns) + notes;
        mapRect = QRectF(body.left(), body.top(), body.width(), body.height() - height - 8);
        side = QRectF(body.left(), mapRect.bottom() + 8, body.width(), height);
    }
    spec.layers = layers;
    spec.centre = shown.center();
    spec.scale = scale > 0 ? scale : MapFrame::fitScale(shown, mapRect.size(), 0.02);

    const int page = doc.addPage();
    doc.addItem(page, mapRect,
                [spec](QPainter &painter, const QRectF &rect) { MapFrame::paint(painter, rect, spec); });
    QStringList notes{tr("Scale %1 on %2 paper")
                          .arg(MapFrame::scaleText(spec.scale), PageSetup::paperName(request.page.paper))};
    // At the screen's scale a page may hold less than the screen showed: say so, rather than cut it
    // silently.
    const double perPoint = MapFrame::metresPerPoint(spec.scale);
    const QSizeF onPage(mapRect.width() * perPoint, mapRect.height() * perPoint);
    // To a hundred metres: what is left out, not a survey.
    const auto rounded = [](double metres) {
        return MapFrame::lengthText(std::max(100.0, std::round(metres / 100.0) * 100.0));
    };
    if (extent.isValid() &&
        (onPage.width() < extent.width() * 0.98 || onPage.height() < extent.height() * 0.98))
        notes.append(tr("The page holds %1 × %2 of the %3 × %4 shown: a larger paper or a smaller scale "
                        "holds all of it.")
                         .arg(rounded(onPage.width()), rounded(onPage.height()), rounded(extent.width()),
                              rounded(extent.height())));
    for (const Basemap &basemap : std::as_const(spec.basemaps))
        notes.append(tr("Basemap: %1").arg(basemap.name));
    doc.addItem(page, side, [legend, notes](QPainter &painter, const QRectF &rect) {
        const QFont font = style::font(style::kTextPoints);
        painter.setFont(font);
        painter.setPen(style::ink());
        // Each note wrapped to the legend's width, one under the other.
        double y = rect.top();
        for (const QString &note : notes) {
            const QRectF box = painter.boundingRect(QRectF(rect.left(), y, rect.width(), 1e6),
                                                    Qt::AlignLeft | Qt::TextWordWrap, note);
            painter.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, note);
            y = box.bottom() + 2;
        }
        MapLegend::paint(painter, QRectF(rect.left(), y + 4, rect.width(), rect.bottom() - y - 4), legend);
    });
    return doc;
}

} // namespace uo::report
