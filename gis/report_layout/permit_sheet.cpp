#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/report_flow.h"
#include "gis/report_layout/reports.h"

#include "gis/map_snapshot/map_snapshot.h"
#include "core/permits/permit_labels.h"
#include "core/permits/permit_review.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

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

ReportDocument PermitSheet::build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                  const ReportRequest &request, const QString &permitNo, QDate today)
{
    // The review first: it refuses an unknown permit number with the reason.
    const PermitReviewResult review = PermitReview::run(store, permitNo, today);
    auto st = store.db().prepare(
        "SELECT id, applicant, location, reason, utility_type, work_type, status, start_date, end_date, "
        "carriageway_m2, sidewalk_m2, green_m2, area_m2, trench_length_m, authority, issued_date, fee_yuan, "
        "emergency, joint_group FROM permits WHERE permit_no = ?");
    st.bind(1, permitNo);
    if (!st.step())
        throw StoreError(StoreError::Kind::Invalid, tr("There is no permit %1.").arg(permitNo));
    const qint64 id = st.int64(0);
    const QLocale locale;

    ReportRequest titled = request;
    if (titled.info.subtitle.isEmpty())
        titled.info.subtitle = tr("Permit %1 · %2").arg(permitNo, st.text(1));
    ReportDocument doc(request.page, ReportLabels::complete(store, titled, tr("Excavation permit review")));
    ReportFlow flow(doc);
    flow.newPage();
    flow.heading(tr("Application"));
    Fields fields = {
        {tr("Permit number"), permitNo},
        {tr("Applicant"), st.text(1)},
        {tr("Location"), st.text(2)},
        {tr("Reason"), st.text(3)},
        {tr("Utility"), PermitLabels::utility(st.text(4))},
        {tr("Work"), PermitLabels::workType(st.text(5)) + (st.int64(17) ? tr(" (emergency)") : QString())},
        {tr("Status"), PermitLabels::status(st.text(6))},
        {tr("Dates"), tr("%1 to %2").arg(st.text(7), st.text(8))},
        {tr("Carriageway"), area(st.real(9))},
        {tr("Sidewalk"), area(st.real(10))},
        {tr("Green space"), area(st.real(11))},
        {tr("Total area"), area(st.real(12))},
        {tr("Trench length"), st.isNull(13) ? tr("not given") : ReportLabels::metres(st.real(13))},
        {tr("Authority"), st.text(14)},
        {tr("Issued"), st.text(15)},
        {tr("Fee"), st.isNull(16) ? QString() : tr("%1 yuan").arg(locale.toString(st.real(16), 'f', 2))},
    };
    if (!st.text(18).isEmpty())
        fields.append({tr("Joint group"), st.text(18)});
    flow.fields(fields);

    MapFrameSpec spec;
    spec.snapshot = snapshot;
    spec.style = ReportLabels::style(store, request);
    spec.grid = request.grid;
    QRectF bounds;
    if (const LayerFeatures *permits = snapshot->layer(QStringLiteral("permits")))
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
    auto steps =
        store.db().prepare("SELECT time, operator, from_status, to_status, route, reason FROM permit_history "
                           "WHERE permit_id = ? ORDER BY time, id");
    steps.bind(1, id);
    while (steps.step()) {
        const QString from = steps.isNull(2) ? QString() : PermitLabels::status(steps.text(2));
        const QString to = PermitLabels::status(steps.text(3));
        history.rows.append({steps.text(0).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                             steps.text(1), from.isEmpty() ? to : tr("%1 → %2").arg(from, to),
                             steps.isNull(4) ? QString() : PermitLabels::route(steps.text(4)),
                             steps.text(5)});
    }
    flow.table(history, tr("No step recorded yet."));
    return doc;
}

} // namespace uo::report
