#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/map_legend.h"
#include "gis/report_layout/report_flow.h"
#include "gis/report_layout/reports.h"

#include "core/cases/case_labels.h"
#include "core/cases/case_register.h"
#include "core/segments/segment_queries.h"
#include "core/segments/segment_surroundings.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/report_layout/report_style.h"

#include <QLocale>

namespace uo::report {

namespace {
// Closer than this the map shows a few metres of street and no context.
constexpr double kLargestScale = 500;
// The nearest risk points and shops a sheet lists, on portrait and on landscape paper (less tall: a
// sheet stays one page); the count says how many more there are.
constexpr int kListedNearby = 8;
constexpr int kListedNearbyLandscape = 3;

// The legend of a sheet's map: the segment outlined, then the layers a street map shows, as styled.
QList<LegendItem> sheetLegend(const DistrictStyle &style, double scale)
{
    LegendItem outlined;
    outlined.label = SegmentSheets::tr("This segment");
    outlined.symbol = LegendItem::Symbol::Line;
    outlined.fill = MapFrame::highlightColour();
    outlined.outline = Qt::white;
    outlined.size = 3.5;
    QSet<QString> shown = style.visibleLayers();
    shown.intersect({tableOf(Layer::Roads), tableOf(Layer::RoadSegments), tableOf(Layer::RiskPoints),
                     tableOf(Layer::Shops), tableOf(Layer::Components)});
    return QList<LegendItem>{outlined} + MapLegend::entries(style, shown, scale);
}

void addMore(ReportTable &table, qsizetype all, int listed)
{
    if (all > listed)
        table.rows.append({SegmentSheets::tr("… and %n more farther away", nullptr, int(all - listed))});
}

// The map beside its legend, as tall as a third of the page: the legend takes as many columns as its
// lines need at that height, the map the rest of the width.
void addMap(ReportFlow &flow, const ReportDocument &doc, const SegmentSurroundings &s,
            const MapFrameSpec &base, bool landscape)
{
    MapFrameSpec spec = base;
    spec.centre = s.bounds.center();
    const double height = doc.body().height() * (landscape ? 0.29 : 0.34);
    // The legend's room is that of a map with the components as a surface, the way a segment's map is
    // drawn but for the shortest; the legend itself is that of the scale the map gets.
    const int rowsPerColumn = std::max(1, int((height - 16) / style::lineHeight(style::kTextPoints)));
    const qsizetype legendLines = sheetLegend(*spec.style, 1e6).size();
    const double legendWidth = double((legendLines + rowsPerColumn - 1) / rowsPerColumn) * 150.0;
    const QSizeF frame(doc.body().width() - legendWidth - 10, height);
    // The segment fills its map: a round scale just large enough for it and its surroundings.
    spec.scale = std::max(kLargestScale, MapFrame::fitScale(s.bounds, frame, 0.05));
    const QList<LegendItem> legend = sheetLegend(*spec.style, spec.scale);
    if (const LayerFeatures *segments = spec.snapshot->layer(tableOf(Layer::RoadSegments)))
        if (const MapFeature *feature = segments->find(s.segment.id))
            spec.highlights.append(feature->geometry);
    const double mapWidth = frame.width();
    flow.item(frame.height(), [spec, legend, mapWidth](QPainter &painter, const QRectF &rect) {
        MapFrame::paint(painter, QRectF(rect.topLeft(), QSizeF(mapWidth, rect.height())), spec);
        MapLegend::paint(painter, rect.adjusted(mapWidth + 10, 0, 0, 0), legend);
    });
}

// Who works the segment and what lies along it, as fields.
void addFacts(ReportFlow &flow, const SegmentSurroundings &s, const QLocale &locale)
{
    const SegmentSummary &seg = s.segment;
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
}

// The nearest risk points and shops, `listed` of each, and how many more there are.
void addNearby(ReportFlow &flow, const SegmentSurroundings &s, int listed)
{
    flow.heading(SegmentSheets::tr("Risk points within %1")
                     .arg(ReportLabels::metres(SegmentNeighbourhood::kDefaultReach)));
    ReportTable risks{{{SegmentSheets::tr("Risk point"), 3},
                       {SegmentSheets::tr("Level"), 1},
                       {SegmentSheets::tr("Distance"), 1, Qt::AlignRight}},
                      {}};
    for (const NearbyFeature &f : s.riskPoints.mid(0, listed))
        risks.rows.append({f.name, ReportLabels::riskLevel(f.detail), ReportLabels::metres(f.distance)});
    addMore(risks, s.riskPoints.size(), listed);
    flow.table(risks);

    flow.heading(
        SegmentSheets::tr("Shops within %1").arg(ReportLabels::metres(SegmentNeighbourhood::kDefaultReach)));
    ReportTable shops{{{SegmentSheets::tr("Shop"), 3},
                       {SegmentSheets::tr("Category"), 1},
                       {SegmentSheets::tr("Distance"), 1, Qt::AlignRight}},
                      {}};
    for (const NearbyFeature &f : s.shops.mid(0, listed))
        shops.rows.append({f.name, f.detail, ReportLabels::metres(f.distance)});
    addMore(shops, s.shops.size(), listed);
    flow.table(shops);
}

// What is still to be done on the segment: its open cases, the overdue first.
void addOpenCases(ReportFlow &flow, const QList<CaseSummary> &openCases, const QLocale &locale)
{
    flow.heading(SegmentSheets::tr("Open cases"));
    QList<CaseSummary> cases = openCases;
    std::stable_sort(cases.begin(), cases.end(),
                     [](const CaseSummary &a, const CaseSummary &b) { return a.overdue > b.overdue; });
    ReportTable open{{{SegmentSheets::tr("Case"), 1.4},
                      {SegmentSheets::tr("Class"), 2},
                      {SegmentSheets::tr("State"), 1.6},
                      {SegmentSheets::tr("Due"), 1.2}},
                     {}};
    for (const CaseSummary &c : cases.mid(0, kListedNearby))
        open.rows.append({c.caseNo, c.className, CaseLabels::state(c.state, c.overdue),
                          c.dueAt.isValid() ? locale.toString(c.dueAt.toOffsetFromUtc(8 * 3600),
                                                              QStringLiteral("yyyy-MM-dd HH:mm"))
                                            : QString()});
    if (cases.size() > kListedNearby)
        open.rows.append({SegmentSheets::tr("… and %n more", nullptr, int(cases.size() - kListedNearby))});
    flow.table(open, SegmentSheets::tr("No open case on this segment."));
}

// Four classes a line, and as many lines as the page has left: the most numerous classes first, the
// rest summed up on the last line, so that a sheet stays one page even on a busy street.
void addComponentClasses(ReportFlow &flow, const SegmentSurroundings &s, const QLocale &locale)
{
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

void addSheet(ReportFlow &flow, const ReportDocument &doc, const SegmentSurroundings &s,
              const MapFrameSpec &base, const QList<CaseSummary> &openCases)
{
    const QLocale locale;
    flow.newPage();
    flow.heading(SegmentSheets::tr("%1 · %2").arg(s.segment.roadName, s.segment.name));
    // Landscape paper is less tall: fewer nearby features listed, so that a sheet stays one page.
    const bool landscape = doc.body().width() > doc.body().height();
    addMap(flow, doc, s, base, landscape);
    addFacts(flow, s, locale);
    addNearby(flow, s, landscape ? kListedNearbyLandscape : kListedNearby);
    addOpenCases(flow, openCases, locale);
    addComponentClasses(flow, s, locale);
}
} // namespace

QString SegmentSheets::defaultTitle()
{
    return tr("Segment sheets");
}

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
    ReportDocument doc(request.page, ReportLabels::complete(store, titled, defaultTitle()));
    ReportFlow flow(doc);
    SegmentNeighbourhood neighbourhood(store);
    const MapFrameSpec base = ReportLabels::mapSpec(store, snapshot, request);
    const bool hasCases = store.hasTable(tableOf(Layer::Cases));
    for (const SegmentSummary &segment : segments) {
        CaseFilter open;
        open.state = QStringLiteral("open");
        open.segmentId = segment.id;
        addSheet(flow, doc, neighbourhood.around(segment), base,
                 hasCases ? CaseRegister::list(store, open) : QList<CaseSummary>());
    }
    if (segments.isEmpty()) {
        flow.newPage();
        flow.paragraph(chiefId != 0 ? tr("This person chairs no segment.")
                                    : tr("The district has no segments."));
    }
    return doc;
}

} // namespace uo::report
