#include "gis/render/map_style.h"
#include "gis/render/pixel_geometry.h"
#include "gis/render/render_context.h"

#include <QHash>
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
    const LayerStyle &layerStyle = ctx.style(Layer::Roads);
    const double factor = layerStyle.sizeFactor;
    const double perPixel = ctx.viewport.mapUnitsPerPixel();
    // The widest road a viewport can show decides how far off screen a road may lie and still show.
    const double margin =
        std::max(8.0, factor * map_style::roadStyle(QStringLiteral("trunk")).widthMetres / perPixel);
    // Each grade's look, worked out once.
    QHash<QString, map_style::RoadStyle> grades;
    const auto gradeStyle = [&](const QString &grade) {
        auto it = grades.find(grade);
        if (it == grades.end()) {
            map_style::RoadStyle style = map_style::roadStyle(grade);
            style.fill = layerStyle.classColour(grade, style.fill);
            style.casing = map_style::roadCasing(grade, style.fill);
            style.widthMetres *= factor;
            style.minWidthPixels *= factor;
            it = grades.insert(grade, style);
        }
        return *it;
    };
    // The snapshot holds the roads minor grades first, so that major ones cross over them.
    QList<Road> roads;
    ctx.forEachVisible(Layer::Roads, margin, [&](const MapFeature &feature) {
        roads.append({gradeStyle(feature.kind), linePaths(ctx.viewport, feature.geometry)});
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
    const LayerStyle &style = ctx.style(Layer::RoadSegments);
    const QColor base = style.classColour(QStringLiteral("assigned"), map_style::segmentColour(0));
    const QColor unassigned =
        style.classColour(QStringLiteral("unassigned"), map_style::unassignedSegmentColour());
    QPainter &p = ctx.painter;
    const QRectF picture(QPointF(0, 0), QSizeF(ctx.viewport.size()));
    p.setBrush(Qt::NoBrush);
    const double width = map_style::segmentWidthPixels(ctx.viewport.mapUnitsPerPixel()) * style.sizeFactor;
    ctx.forEachVisible(Layer::RoadSegments, 8.0, [&](const MapFeature &feature) {
        // The kind is the chief's id, empty for a segment without one.
        bool hasChief = false;
        const qint64 chief = feature.kind.toLongLong(&hasChief);
        const QColor colour = hasChief ? map_style::chiefColour(base, chief, feature.ordinal) : unassigned;
        // Flat caps: a segment ends exactly where the next begins.
        p.setPen(QPen(colour, hasChief ? width : width * 1.4, Qt::SolidLine, Qt::FlatCap, joinFor(width)));
        for (const QPolygonF &line : linePaths(ctx.viewport, feature.geometry))
            drawPolylineInPieces(p, line, picture);
    });
}

} // namespace uo::render
