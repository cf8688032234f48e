#include "layer_query.h"
#include "map_style.h"
#include "pixel_geometry.h"

#include <QPainter>
#include <algorithm>
#include <array>

namespace uo::render {

namespace {
int gradeRank(const QString &grade)
{
    static const std::array<QLatin1String, 4> order = {QLatin1String("branch"), QLatin1String("secondary"),
                                                        QLatin1String("main"), QLatin1String("trunk")};
    const auto it = std::find(order.begin(), order.end(), grade);
    return it == order.end() ? 0 : int(it - order.begin());
}

struct Road
{
    int rank;
    map_style::RoadStyle style;
    QList<QPolygonF> lines;
};
} // namespace

void paintRoads(RenderContext &ctx)
{
    const double perPixel = ctx.viewport.mapUnitsPerPixel();
    // The widest road a viewport can show decides how far off screen a road may lie and still show.
    const double margin = std::max(8.0, map_style::roadStyle(QStringLiteral("trunk")).widthMetres / perPixel);
    QList<Road> roads;
    LayerQuery query(ctx, "roads", "f.grade", margin);
    while (query.next()) {
        const auto geometry = query.geometry();
        if (!geometry)
            continue;
        const QString grade = query.row().text(0);
        roads.append({gradeRank(grade), map_style::roadStyle(grade), linePaths(ctx.viewport, *geometry)});
    }
    if (ctx.isCancelled())
        return;
    std::stable_sort(roads.begin(), roads.end(), [](const Road &a, const Road &b) { return a.rank < b.rank; });

    // Every casing before any fill, so that crossing roads join instead of cutting each other.
    QPainter &p = ctx.painter;
    p.setBrush(Qt::NoBrush);
    for (const bool casing : {true, false}) {
        for (const Road &road : std::as_const(roads)) {
            const double width = std::max(road.style.minWidthPixels, road.style.widthMetres / perPixel);
            const double border = width < 3.0 ? 1.2 : 2.0;
            p.setPen(QPen(casing ? road.style.casing : road.style.fill, casing ? width + border : width,
                          Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            for (const QPolygonF &line : road.lines)
                p.drawPolyline(line);
        }
    }
}

void paintRoadSegments(RenderContext &ctx)
{
    // The ordinal of a segment along its road, counted over the whole road and not just the visible
    // part, so that a segment keeps its colour while the map pans.
    LayerQuery query(ctx, "road_segments",
                     "(SELECT count(*) FROM road_segments AS s WHERE s.road_id = f.road_id AND s.from_m < f.from_m)",
                     8.0);
    QPainter &p = ctx.painter;
    p.setBrush(Qt::NoBrush);
    const double width = map_style::segmentWidthPixels(ctx.viewport.mapUnitsPerPixel());
    while (query.next()) {
        const auto geometry = query.geometry();
        if (!geometry)
            continue;
        // Flat caps: a segment ends exactly where the next begins.
        p.setPen(QPen(map_style::segmentColour(int(query.row().int64(0))), width, Qt::SolidLine, Qt::FlatCap,
                      Qt::RoundJoin));
        for (const QPolygonF &line : linePaths(ctx.viewport, *geometry))
            p.drawPolyline(line);
    }
}

} // namespace uo::render
