#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/report_flow.h"
#include "gis/report_layout/reports.h"

#include "core/error/error.h"
#include "core/permits/permit_labels.h"
#include "core/permits/permit_review.h"
#include "core/permits/permit_workflow.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"

#include <QLocale>

namespace uo::report {

namespace {
// A permit is a few metres of trench: the map shows at least this much street around it.
constexpr double kContextMetres = 160;

QString area(double squareMetres)
{
    return PermitSheet::tr("%1 m²").arg(QLocale().toString(squareMetres, 'f', 1));
}
} // namespace

QString PermitSheet::defaultTitle()
{
    return tr("Excavation permit review");
}

ReportDocument PermitSheet::build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                  const ReportRequest &request, const QString &permitNo, QDate today)
{
    // The review first: it refuses an unknown permit number with the reason.
    const PermitReviewResult review = PermitReview::run(store, permitNo, today);
    const qint64 id = review.permitId;
    const QVariantMap permit = store.readRow(tableOf(Layer::Permits), id);
    if (permit.isEmpty())
        throw RequestError(tr("There is no permit %1.").arg(permitNo));
    const auto text = [&permit](const char *column) {
        return permit.value(QLatin1String(column)).toString();
    };
    const auto real = [&permit](const char *column) {
        return permit.value(QLatin1String(column)).toDouble();
    };
    const auto isNull = [&permit](const char *column) {
        return permit.value(QLatin1String(column)).isNull();
    };
    const QLocale locale;

    ReportRequest titled = request;
    if (titled.info.subtitle.isEmpty())
        titled.info.subtitle = tr("Permit %1 · %2").arg(permitNo, text("applicant"));
    ReportDocument doc(request.page, ReportLabels::complete(store, titled, defaultTitle()));
    ReportFlow flow(doc);
    flow.newPage();
    flow.heading(tr("Application"));
    Fields fields = {
        {tr("Permit number"), permitNo},
        {tr("Applicant"), text("applicant")},
        {tr("Location"), text("location")},
        {tr("Reason"), text("reason")},
        {tr("Utility"), PermitLabels::utility(text("utility_type"))},
        {tr("Work"),
         PermitLabels::workType(text("work_type")) +
             (permit.value(QStringLiteral("emergency")).toBool() ? tr(" (emergency)") : QString())},
        {tr("Status"), PermitLabels::status(text("status"))},
        {tr("Dates"), tr("%1 to %2").arg(text("start_date"), text("end_date"))},
        {tr("Carriageway"), area(real("carriageway_m2"))},
        {tr("Sidewalk"), area(real("sidewalk_m2"))},
        {tr("Green space"), area(real("green_m2"))},
        {tr("Total area"), area(real("area_m2"))},
        {tr("Trench length"),
         isNull("trench_length_m") ? tr("not given") : ReportLabels::metres(real("trench_length_m"))},
        {tr("Authority"), text("authority")},
        {tr("Issued"), text("issued_date")},
        {tr("Fee"),
         isNull("fee_yuan") ? QString() : tr("%1 yuan").arg(locale.toString(real("fee_yuan"), 'f', 2))},
    };
    if (!text("joint_group").isEmpty())
        fields.append({tr("Joint group"), text("joint_group")});
    flow.fields(fields);

    MapFrameSpec spec = ReportLabels::mapSpec(store, snapshot, request);
    QRectF bounds;
    if (const LayerFeatures *permits = snapshot->layer(tableOf(Layer::Permits)))
        if (const MapFeature *feature = permits->find(id)) {
            spec.highlights.append(feature->geometry);
            bounds = feature->bounds;
        }
    if (!spec.highlights.isEmpty()) {
        const QPointF c = bounds.center();
        const double side = std::max({bounds.width(), bounds.height(), kContextMetres});
        const QRectF shown(c.x() - side / 2, c.y() - side / 2, side, side);
        const QSizeF frame(doc.body().width(), std::min(doc.body().height() * 0.38, flow.remaining() - 6));
        spec.centre = c;
        spec.scale = MapFrame::fitScale(shown, frame, 0.0);
        flow.item(frame.height(),
                  [spec](QPainter &painter, const QRectF &rect) { MapFrame::paint(painter, rect, spec); });
    }

    flow.heading(review.blocked() ? tr("Review: a blocking check failed")
                                  : tr("Review: no blocking check failed"));
    ReportTable checks{{{tr("Check"), 2.2}, {tr("Outcome"), 1}, {tr("Finding"), 6}}, {}};
    for (const PermitFinding &f : review.findings)
        checks.rows.append({PermitLabels::rule(f.rule), PermitReview::outcomeName(f.outcome), f.message});
    flow.table(checks, tr("No check is enabled."));
    if (!review.proposedJointGroup.isEmpty())
        flow.paragraph(tr("Proposed joint excavation: %1").arg(review.proposedJointGroup));

    flow.heading(tr("Decisions and history"));
    ReportTable history{
        {{tr("Time"), 2}, {tr("By"), 1.2}, {tr("Step"), 2.4}, {tr("Route"), 1.2}, {tr("Reason"), 3}}, {}};
    for (const PermitStep &step : PermitWorkflow::history(store, id)) {
        const QString from = step.from.isEmpty() ? QString() : PermitLabels::status(step.from);
        const QString to = PermitLabels::status(step.to);
        history.rows.append({QString(step.time).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                             step.operatorName, from.isEmpty() ? to : tr("%1 → %2").arg(from, to),
                             step.route.isEmpty() ? QString() : PermitLabels::route(step.route),
                             step.reason});
    }
    flow.table(history, tr("No step recorded yet."));
    return doc;
}

} // namespace uo::report
