#include "gis/render/map_style.h"
#include "gis/render/pixel_geometry.h"
#include "gis/render/render_context.h"

#include <QPainter>

namespace uo::render {

namespace {
// Outlines are a couple of pixels wide: margin enough for an area whose edge lies just off screen.
constexpr double kAreaMarginPixels = 2.0;

// The picture and a margin wider than any outline: where areas are cut before they are drawn.
QRectF clipRect(const RenderContext &ctx)
{
    const double m = 4 * kAreaMarginPixels;
    return QRectF(QPointF(0, 0), QSizeF(ctx.viewport.size())).adjusted(-m, -m, m, m);
}

void strokeOutlines(RenderContext &ctx, Layer layer, const QPen &pen)
{
    ctx.painter.setPen(pen);
    ctx.painter.setBrush(Qt::NoBrush);
    if (pen.style() != Qt::SolidLine) {
        // Each area on its own: a dash pattern run on across neighbours would fill the gaps of the edge
        // they share.
        ctx.forEachVisible(layer, kAreaMarginPixels, [&](const MapFeature &feature) {
            QPainterPath outline;
            addOutlines(outline, ctx.viewport, feature.geometry);
            ctx.painter.drawPath(outline);
        });
        return;
    }
    // One path for the whole layer: a thin cosmetic pen strokes it in one pass, where thousands of grid
    // cells drawn one by one would each pay the painter's set-up.
    QPainterPath outlines;
    ctx.forEachVisible(layer, kAreaMarginPixels, [&](const MapFeature &feature) {
        addOutlines(outlines, ctx.viewport, feature.geometry);
    });
    ctx.painter.drawPath(outlines);
}
} // namespace

namespace {
// The district's and the built-up area's shapes in view: the district first.
std::pair<QList<QPainterPath>, QList<QPainterPath>> districtAreas(RenderContext &ctx)
{
    QList<QPainterPath> districts, builtUp;
    const QRectF clip = clipRect(ctx);
    ctx.forEachVisible(Layer::DistrictBoundary, kAreaMarginPixels, [&](const MapFeature &feature) {
        (feature.kind == QLatin1String("built_up") ? builtUp : districts)
            .append(areaPath(ctx.viewport, feature.geometry, clip));
    });
    return {districts, builtUp};
}

void fillDistrict(RenderContext &ctx, const QList<QPainterPath> &districts,
                  const QList<QPainterPath> &builtUp)
{
    const LayerStyle &style = ctx.style(Layer::DistrictBoundary);
    QPainter &p = ctx.painter;
    p.setPen(Qt::NoPen);
    p.setBrush(style.classColour(QStringLiteral("district"), map_style::districtFill()));
    for (const QPainterPath &path : districts)
        p.drawPath(path);
    p.setBrush(style.classColour(QStringLiteral("built_up"), map_style::builtUpFill()));
    for (const QPainterPath &path : builtUp)
        p.drawPath(path);
}

void strokeDistrictEdge(RenderContext &ctx, const QList<QPainterPath> &districts)
{
    const LayerStyle &style = ctx.style(Layer::DistrictBoundary);
    QPainter &p = ctx.painter;
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(style.colour, 1.6 * style.sizeFactor, Qt::SolidLine, Qt::RoundCap, Qt::BevelJoin));
    const QRectF clip = clipRect(ctx);
    for (const QPainterPath &path : districts)
        for (const QPolygonF &ring : path.toSubpathPolygons())
            drawPolylineInPieces(p, ring, clip);
}
} // namespace

void paintDistrictBoundary(RenderContext &ctx)
{
    // The district is paper on the grey outside, the built-up area a warmer tone on it, and the
    // district's edge is drawn last so that nothing hides it. Basemaps lie on the paper, under the
    // edge: a picture drawn over it at its opacity is lightened by the paper, as a cartographer washes
    // a background to let the map over it read.
    const auto [districts, builtUp] = districtAreas(ctx);
    fillDistrict(ctx, districts, builtUp);
    if (ctx.isCancelled())
        return;
    paintBasemaps(ctx);
    strokeDistrictEdge(ctx, districts);
}

void paintStreets(RenderContext &ctx)
{
    const LayerStyle &style = ctx.style(Layer::Streets);
    QPen pen(style.colour, style.sizeFactor, Qt::DashLine);
    pen.setCosmetic(true);
    strokeOutlines(ctx, Layer::Streets, pen);
}

void paintGridCells(RenderContext &ctx)
{
    const LayerStyle &style = ctx.style(Layer::GridCells);
    QPen pen(style.colour, 0.6 * style.sizeFactor);
    pen.setCosmetic(true);
    strokeOutlines(ctx, Layer::GridCells, pen);
}

void paintPermits(RenderContext &ctx)
{
    const LayerStyle &style = ctx.style(Layer::Permits);
    QPainter &p = ctx.painter;
    const QRectF clip = clipRect(ctx);
    ctx.forEachVisible(Layer::Permits, kAreaMarginPixels, [&](const MapFeature &feature) {
        const QColor outline = style.classColour(feature.kind, map_style::permitOutline(feature.kind));
        p.setPen(QPen(outline, 1.5 * style.sizeFactor));
        p.setBrush(map_style::permitFillOf(outline));
        // A permit of a few square metres is still something to review: never smaller than a dot. The
        // size is judged on the map, since a ring much smaller than a pixel leaves no path at all.
        const QRectF onScreen = ctx.viewport.toPixel(feature.bounds);
        if (onScreen.width() < 4 && onScreen.height() < 4) {
            // Smaller at district scale, where three hundred of them would speckle the map.
            const double radius = ctx.viewport.mapUnitsPerPixel() >= 8.0 ? 2.0 : 3.0;
            p.drawEllipse(onScreen.center(), radius, radius);
        } else
            p.drawPath(areaPath(ctx.viewport, feature.geometry, clip));
    });
}

} // namespace uo::render
