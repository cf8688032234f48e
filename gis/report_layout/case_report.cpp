#include "gis/report_layout/bar_chart.h"
#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/report_flow.h"
#include "gis/report_layout/reports.h"

#include "core/cases/case_labels.h"
#include "core/cases/case_register.h"
#include "core/cases/case_statistics.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/case_style.h"
#include "gis/render/map_viewport.h"
#include "gis/render/symbol_shape.h"

#include <QLocale>
#include <QPainter>
#include <cmath>

namespace uo::report {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %");
}

// The month's cases over the district's streets and roads: open ones in the colour of their state,
// overdue ones in red, the closed in grey under them.
struct CaseMarks
{
    QList<QPointF> points;
    QStringList keys;
};

void paintMarks(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec, const CaseMarks &marks)
{
    constexpr double kPixelsPerPoint = 96.0 / 72.0; // as MapFrame draws: the screen's pixels per point
    painter.save();
    painter.setClipRect(frame, Qt::IntersectClip);
    painter.translate(frame.topLeft());
    painter.scale(1 / kPixelsPerPoint, 1 / kPixelsPerPoint);
    const MapViewport view = MapFrame::viewport(spec, frame.size());
    const double perPixel = view.mapUnitsPerPixel();
    for (const bool open : {false, true})
        for (qsizetype i = 0; i < marks.points.size(); ++i) {
            const QString &key = marks.keys[i];
            if (case_style::isOpen(key) != open)
                continue;
            painter.setPen(open ? QPen(Qt::white, 0.8) : QPen(Qt::NoPen));
            painter.setBrush(case_style::colour(key));
            painter.drawPath(symbolPath(SymbolShape::Diamond, view.toPixel(marks.points[i]),
                                        case_style::diameterPixels(key, perPixel)));
        }
    painter.restore();
}

} // namespace

ReportDocument CaseReport::build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                 const ReportRequest &request, QDate month, const QDateTime &now)
{
    if (!store.hasTable(tableOf(Layer::Cases)))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 has no cases: open it once for writing to upgrade it.").arg(store.path()));
    const QDate from(month.year(), month.month(), 1);
    const QDate to = from.addMonths(1).addDays(-1);
    const QLocale locale;
    const QString monthText = locale.toString(from, QStringLiteral("yyyy-MM"));
    const QList<CaseCounts> streets = CaseStatistics::byStreet(store, from, to, now);
    const CaseCounts total = streets.last();
    const QList<RouteShare> routes = CaseStatistics::routeShares(store, from, to);
    const QList<ClassCount> classes = CaseStatistics::byMajorClass(store, from, to);

    ReportRequest titled = request;
    if (titled.info.subtitle.isEmpty())
        titled.info.subtitle = tr("%1: %n case(s) reported", nullptr, total.reported).arg(monthText);
    ReportDocument doc(request.page, ReportLabels::complete(store, titled, tr("Cases of %1").arg(monthText)));
    ReportFlow flow(doc);
    flow.newPage();
    flow.heading(tr("The month in figures"));
    flow.fields(
        {{tr("Reported"), locale.toString(total.reported)},
         {tr("Closed"), locale.toString(total.closed)},
         {tr("Handled on time"), total.closed > 0 ? percent(total.onTimeRate()) : tr("none closed")},
         {tr("Still open"), locale.toString(total.open)},
         {tr("Open and overdue"), locale.toString(total.overdue)},
         {tr("As of"), locale.toString(now.toOffsetFromUtc(8 * 3600), QStringLiteral("yyyy-MM-dd HH:mm"))}});

    flow.heading(tr("How the closed cases were solved (target 70 / 20 / 10 %)"));
    ReportTable split{{{tr("Route"), 3},
                       {tr("Cases"), 1, Qt::AlignRight},
                       {tr("Share"), 1, Qt::AlignRight},
                       {tr("Target"), 1, Qt::AlignRight}},
                      {}};
    for (const RouteShare &r : routes)
        split.rows.append(
            {CaseLabels::route(r.route), locale.toString(r.decisions), percent(r.share), percent(r.target)});
    flow.table(split);

    flow.heading(tr("Cases by street"));
    BarChart chart;
    chart.series = {{tr("Closed, handled on time"), QColor(0x2c, 0xa2, 0x5f)},
                    {tr("Closed, handled late"), QColor(0xf0, 0x8c, 0x00)},
                    {tr("Open"), QColor(0x7b, 0x3f, 0xbf)}};
    ReportTable byStreet{{{tr("Street or town"), 3},
                          {tr("Reported"), 1, Qt::AlignRight},
                          {tr("Closed"), 1, Qt::AlignRight},
                          {tr("On time"), 1, Qt::AlignRight},
                          {tr("Open"), 1, Qt::AlignRight},
                          {tr("Overdue"), 1, Qt::AlignRight}},
                         {}};
    for (const CaseCounts &c : streets) {
        if (&c != &streets.last()) {
            chart.categories.append(c.streetName);
            chart.values.append({double(c.closedOnTime), double(c.closed - c.closedOnTime), double(c.open)});
        }
        byStreet.rows.append({c.streetName, locale.toString(c.reported), locale.toString(c.closed),
                              c.closed > 0 ? percent(c.onTimeRate()) : QStringLiteral("—"),
                              locale.toString(c.open), locale.toString(c.overdue)});
    }
    flow.item(chart.heightFor(10),
              [chart](QPainter &painter, const QRectF &rect) { chart.paint(painter, rect); });
    flow.table(byStreet);

    flow.heading(tr("Cases by class"));
    ReportTable byClass{{{tr("Class"), 3},
                         {tr("Reported"), 1, Qt::AlignRight},
                         {tr("Of the tracked classes"), 1, Qt::AlignRight}},
                        {}};
    for (const ClassCount &c : classes)
        byClass.rows.append({QStringLiteral("%1 %2").arg(c.code, c.name), locale.toString(c.reported),
                             locale.toString(c.tracked)});
    flow.table(byClass, tr("No case was reported this month."));

    // Where: the month's cases over the district, on what is left of the page or a page of its own.
    CaseFilter filter;
    filter.reportedFrom = from;
    filter.reportedTo = to;
    CaseMarks marks;
    for (const CaseSummary &c : CaseRegister::list(store, filter, now)) {
        marks.points.append(c.point);
        marks.keys.append(c.overdue ? QStringLiteral("overdue") : c.state);
    }
    flow.heading(tr("Where the month's cases were"));
    const double mapHeight = std::max(flow.remaining() - 6, doc.body().height() * 0.6);
    MapFrameSpec spec;
    spec.snapshot = snapshot;
    spec.style = ReportLabels::style(store, request);
    spec.layers = {tableOf(Layer::DistrictBoundary), tableOf(Layer::Streets), tableOf(Layer::Roads)};
    spec.grid = request.grid;
    const QRectF extent = snapshot->extent();
    spec.centre = extent.center();
    spec.scale = MapFrame::fitScale(extent, QSizeF(doc.body().width(), mapHeight), 0.02);
    flow.item(mapHeight, [spec, marks](QPainter &painter, const QRectF &rect) {
        MapFrame::paint(painter, rect, spec);
        paintMarks(painter, rect, spec, marks);
    });
    return doc;
}

} // namespace uo::report
