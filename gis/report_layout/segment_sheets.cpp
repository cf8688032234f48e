#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/report_flow.h"
#include "gis/report_layout/reports.h"

#include "gis/map_snapshot/map_snapshot.h"
#include "core/segments/segment_queries.h"
#include "core/segments/segment_surroundings.h"
#include "core/store/district_store.h"

#include <QLocale>

namespace uo::report {

namespace {
// Closer than this the map shows a few metres of street and no context.
constexpr double kLargestScale = 500;
// The nearest risk points and shops a sheet lists; the count says how many more there are.
constexpr int kListedNearby = 8;

void addMore(ReportTable &table, qsizetype all)
{
    if (all > kListedNearby)
        table.rows.append(
            {SegmentSheets::tr("… and %n more farther away", nullptr, int(all - kListedNearby))});
}

void addSheet(ReportFlow &flow, const ReportDocument &doc, const SegmentSurroundings &s,
              const MapFrameSpec &base)
{
    const SegmentSummary &seg = s.segment;
    const QLocale locale;
    flow.newPage();
    flow.heading(SegmentSheets::tr("%1 · %2").arg(seg.roadName, seg.name));

    MapFrameSpec spec = base;
    spec.centre = s.bounds.center();
    const QSizeF frame(doc.body().width(), doc.body().height() * 0.34);
    spec.scale = std::max(kLargestScale, MapFrame::fitScale(s.bounds, frame, 0.1));
    if (const LayerFeatures *segments = spec.snapshot->layer(QStringLiteral("road_segments")))
        if (const MapFeature *feature = segments->find(seg.id))
            spec.highlights.append(feature->geometry);
    flow.item(frame.height(),
              [spec](QPainter &painter, const QRectF &rect) { MapFrame::paint(painter, rect, spec); });

    QString chief = seg.chiefName.isEmpty() ? SegmentSheets::tr("none") : seg.chiefName;
    if (seg.chiefId != 0 && seg.needsChief())
        chief = SegmentSheets::tr("%1 (not an active officer)").arg(chief);
    flow.fields({
        {SegmentSheets::tr("Road"), seg.roadName},
        {SegmentSheets::tr("Segment"), seg.name},
        {SegmentSheets::tr("Along the road"),
         SegmentSheets::tr("%1 – %2").arg(ReportLabels::metres(seg.from), ReportLabels::metres(seg.to))},
        {SegmentSheets::tr("Length"), ReportLabels::metres(seg.length())},
        {SegmentSheets::tr("Chief"), chief},
        {SegmentSheets::tr("Collaborators"), seg.collaboratorNames.isEmpty()
                                                 ? SegmentSheets::tr("none")
                                                 : seg.collaboratorNames.join(QStringLiteral(", "))},
        {SegmentSheets::tr("Party unit"),
         seg.partyUnitName.isEmpty() ? SegmentSheets::tr("none") : seg.partyUnitName},
        {SegmentSheets::tr("Components"), locale.toString(s.components)},
        {SegmentSheets::tr("Shops"), locale.toString(s.shops.size())},
        {SegmentSheets::tr("Risk points"), locale.toString(s.riskPoints.size())},
    });

    flow.heading(SegmentSheets::tr("Risk points within %1")
                     .arg(ReportLabels::metres(SegmentNeighbourhood::kDefaultReach)));
    ReportTable risks{{{SegmentSheets::tr("Risk point"), 3},
                       {SegmentSheets::tr("Level"), 1},
                       {SegmentSheets::tr("Distance"), 1, Qt::AlignRight}},
                      {}};
    for (const NearbyFeature &f : s.riskPoints.mid(0, kListedNearby))
        risks.rows.append({f.name, ReportLabels::riskLevel(f.detail), ReportLabels::metres(f.distance)});
    addMore(risks, s.riskPoints.size());
    flow.table(risks);

    flow.heading(
        SegmentSheets::tr("Shops within %1").arg(ReportLabels::metres(SegmentNeighbourhood::kDefaultReach)));
    ReportTable shops{{{SegmentSheets::tr("Shop"), 3},
                       {SegmentSheets::tr("Category"), 1},
                       {SegmentSheets::tr("Distance"), 1, Qt::AlignRight}},
                      {}};
    for (const NearbyFeature &f : s.shops.mid(0, kListedNearby))
        shops.rows.append({f.name, f.detail, ReportLabels::metres(f.distance)});
    addMore(shops, s.shops.size());
    flow.table(shops);

    // Four classes a line, and as many lines as the page has left: the most numerous classes first, the
    // rest summed up on the last line, so that a sheet stays one page even on a busy street.
    flow.heading(SegmentSheets::tr("Components by class"));
    constexpr int kGroups = 4;
    ReportTable classes;
    for (int group = 0; group < kGroups; ++group)
        classes.columns += {{SegmentSheets::tr("Class"), 1.15},
                            {SegmentSheets::tr("Name"), 2},
                            {SegmentSheets::tr("Count"), 1.2, Qt::AlignRight}};
    QList<QStringList> entries;
    for (const ComponentClassCount &c : s.componentClasses)
        entries.append({c.classCode, c.name, locale.toString(c.count)});
    const qsizetype lines = std::max<qsizetype>(1, qsizetype(flow.remaining() / ReportFlow::rowHeight()) - 2);
    if (entries.size() > lines * kGroups) {
        int rest = 0;
        const qsizetype kept = lines * kGroups - 1;
        for (qsizetype i = kept; i < s.componentClasses.size(); ++i)
            rest += s.componentClasses[i].count;
        const qsizetype others = entries.size() - kept;
        entries.resize(kept);
        entries.append({QString(), SegmentSheets::tr("%n other class(es)", nullptr, int(others)),
                        locale.toString(rest)});
    }
    const qsizetype rows = (entries.size() + kGroups - 1) / kGroups;
    for (qsizetype r = 0; r < rows; ++r) {
        QStringList row;
        for (qsizetype i = r; i < entries.size(); i += rows)
            row += entries[i];
        classes.rows.append(row);
    }
    flow.table(classes);
}
} // namespace

ReportDocument SegmentSheets::build(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                                    const ReportRequest &request, qint64 chiefId, int limit)
{
    QList<SegmentSummary> segments = SegmentQueries(store).segments();
    if (chiefId != 0)
        segments.removeIf([chiefId](const SegmentSummary &s) { return s.chiefId != chiefId; });
    // The subtitle counts the whole set, also when only its first sheets are laid out (a preview).
    const int all = int(segments.size());
    if (limit > 0 && segments.size() > limit)
        segments.resize(limit);

    ReportRequest titled = request;
    if (titled.info.subtitle.isEmpty()) {
        titled.info.subtitle =
            chiefId != 0 && !segments.isEmpty()
                ? tr("Segments chaired by %1: %n sheet(s)", nullptr, all).arg(segments.first().chiefName)
                : tr("%n segment sheet(s)", nullptr, all);
    }
    ReportDocument doc(request.page, ReportLabels::complete(store, titled, tr("Segment sheets")));
    ReportFlow flow(doc);
    SegmentNeighbourhood neighbourhood(store);
    MapFrameSpec base;
    base.snapshot = snapshot;
    base.style = ReportLabels::style(store, request);
    base.grid = request.grid;
    for (const SegmentSummary &segment : segments)
        addSheet(flow, doc, neighbourhood.around(segment), base);
    if (segments.isEmpty()) {
        flow.newPage();
        flow.paragraph(chiefId != 0 ? tr("This person chairs no segment.")
                                    : tr("The district has no segments."));
    }
    return doc;
}

} // namespace uo::report
