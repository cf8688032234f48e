#include "gis/report_layout/bar_chart.h"
#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/report_flow.h"
#include "gis/report_layout/reports.h"

#include "core/cases/risk_points.h"
#include "core/catalogue/code_lists.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_style.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace uo::report {

namespace {
const QStringList &levels()
{
    static const QStringList list = CodeLists::codes(tableOf(Layer::RiskPoints), QStringLiteral("level"));
    return list;
}

struct StreetRisks
{
    QString street;
    QList<double> perLevel = QList<double>(4, 0.0);
    double total() const { return perLevel[0] + perLevel[1] + perLevel[2] + perLevel[3]; }
};

// Risk points per street and level, most first; points outside every street under one row of their own.
QList<StreetRisks> countByStreet(DistrictStore &store)
{
    QHash<QString, StreetRisks> byStreet;
    for (const StreetLevelCount &c : RiskPoints::countByStreetAndLevel(store)) {
        const QString street = c.streetName.isEmpty() ? RiskSummary::tr("No street") : c.streetName;
        StreetRisks &row = byStreet[street];
        row.street = street;
        const qsizetype level = levels().indexOf(c.level);
        if (level >= 0)
            row.perLevel[level] += double(c.count);
    }
    QList<StreetRisks> rows = byStreet.values();
    std::sort(rows.begin(), rows.end(), [](const StreetRisks &a, const StreetRisks &b) {
        return a.total() != b.total() ? a.total() > b.total() : a.street < b.street;
    });
    return rows;
}
} // namespace

QString RiskSummary::defaultTitle()
{
    return tr("Risk points by street");
}

ReportDocument RiskSummary::build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                  const ReportRequest &request)
{
    const QList<StreetRisks> streets = countByStreet(store);
    const QLocale locale;
    double all = 0;
    for (const StreetRisks &s : streets)
        all += s.total();
    ReportRequest titled = request;
    if (titled.info.subtitle.isEmpty())
        titled.info.subtitle = tr("%1 risk points in %n street(s) and town(s)", nullptr, int(streets.size()))
                                   .arg(locale.toString(qint64(all)));
    ReportDocument doc(request.page, ReportLabels::complete(store, titled, defaultTitle()));
    ReportFlow flow(doc);

    flow.newPage();
    flow.heading(tr("Risk points by street and level"));
    BarChart chart;
    for (const QString &level : levels())
        chart.series.append({ReportLabels::riskLevel(level), map_style::riskColour(level)});
    for (const StreetRisks &s : streets) {
        chart.categories.append(s.street);
        chart.values.append(s.perLevel);
    }
    flow.item(chart.heightFor(11),
              [chart](QPainter &painter, const QRectF &rect) { chart.paint(painter, rect); });

    ReportTable table{{{tr("Street or town"), 3}}, {}};
    for (const QString &level : levels())
        table.columns.append({ReportLabels::riskLevel(level), 1, Qt::AlignRight});
    table.columns.append({tr("Total"), 1, Qt::AlignRight});
    for (const StreetRisks &s : streets) {
        QStringList row = {s.street};
        for (const double n : s.perLevel)
            row.append(locale.toString(qint64(n)));
        row.append(locale.toString(qint64(s.total())));
        table.rows.append(row);
    }
    flow.table(table, tr("The district has no risk points."));

    // Where they are: the district with its streets and the points, on what is left of the page or a
    // page of its own.
    const double mapHeight = std::max(flow.remaining() - 6, doc.body().height() * 0.5);
    MapFrameSpec spec = ReportLabels::mapSpec(store, snapshot, request);
    spec.layers = {tableOf(Layer::DistrictBoundary), tableOf(Layer::Streets), tableOf(Layer::Roads),
                   tableOf(Layer::RiskPoints)};
    const QRectF extent = snapshot->extent();
    spec.centre = extent.center();
    spec.scale = MapFrame::fitScale(extent, QSizeF(doc.body().width(), mapHeight), 0.02);
    flow.item(mapHeight,
              [spec](QPainter &painter, const QRectF &rect) { MapFrame::paint(painter, rect, spec); });

    flow.heading(tr("Red and orange risk points"));
    ReportTable points{{{tr("Code"), 1.3},
                        {tr("Name"), 2.5},
                        {tr("Category"), 1.5},
                        {tr("Level"), 0.8},
                        {tr("Street or town"), 1.5},
                        {tr("Address"), 2.5}},
                       {}};
    for (const RiskPointRow &p : RiskPoints::redAndOrange(store))
        points.rows.append({p.code, p.name, ReportLabels::riskCategory(p.category),
                            ReportLabels::riskLevel(p.level), p.streetName, p.address});
    flow.table(points, tr("No red or orange risk point."));
    return doc;
}

} // namespace uo::report
