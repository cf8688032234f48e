#include "map_style.h"
#include "pixel_geometry.h"
#include "render_context.h"

#include <QPainter>
#include <algorithm>

namespace uo::render {

namespace {
// Round joins cost a curve at every vertex; on a line a few pixels wide they look no different from
// bevelled ones, and a district's roads have tens of thousands of vertices.
Qt::PenJoinStyle joinFor(double penWidthPixels)
{
    return penWidthPixels > 6.0 ? Qt::RoundJoin : Qt::BevelJoin;
}

struct Road
{
    map_style::RoadStyle style;
    QList<QPolygonF> lines;
};
} // namespace

void paintRoads(RenderContext &ctx)
{
    const double perPixel = ctx.viewport.mapUnitsPerPixel();
    // The widest road a viewport can show decides how far off screen a road may lie and still show.
    const double margin = std::max(8.0, map_style::roadStyle(QStringLiteral("trunk")).widthMetres / perPixel);
    // The snapshot holds the roads minor grades first, so that major ones cross over them.
    QList<Road> roads;
    ctx.forEachVisible("roads", margin, [&](const MapFeature &feature) {
        roads.append({map_style::roadStyle(feature.kind), linePaths(ctx.viewport, feature.geometry)});
    });
    if (ctx.isCancelled())
        return;

    // Every casing before any fill, so that crossing roads join instead of cutting each other.
    QPainter &p = ctx.painter;
    const QRectF picture(QPointF(0, 0), QSizeF(ctx.viewport.size()));
    p.setBrush(Qt::NoBrush);
    for (const bool casing : {true, false}) {
        for (const Road &road : std::as_const(roads)) {
            const double width = std::max(road.style.minWidthPixels, road.style.widthMetres / perPixel);
            const double border = width < 3.0 ? 1.2 : 2.0;
            const double penWidth = casing ? width + border : width;
            p.setPen(QPen(casing ? road.style.casing : road.style.fill, penWidth, Qt::SolidLine, Qt::RoundCap,
                          joinFor(penWidth)));
            for (const QPolygonF &line : road.lines)
                drawPolylineInPieces(p, line, picture);
        }
    }
}

void paintRoadSegments(RenderContext &ctx)
{
    QPainter &p = ctx.painter;
    const QRectF picture(QPointF(0, 0), QSizeF(ctx.viewport.size()));
    p.setBrush(Qt::NoBrush);
    const double width = map_style::segmentWidthPixels(ctx.viewport.mapUnitsPerPixel());
    ctx.forEachVisible("road_segments", 8.0, [&](const MapFeature &feature) {
        // Flat caps: a segment ends exactly where the next begins.
        p.setPen(QPen(map_style::segmentColour(feature.ordinal), width, Qt::SolidLine, Qt::FlatCap,
                      joinFor(width)));
        for (const QPolygonF &line : linePaths(ctx.viewport, feature.geometry))
            drawPolylineInPieces(p, line, picture);
    });
}

} // namespace uo::render
