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

void strokeOutlines(RenderContext &ctx, const char *table, const QPen &pen)
{
    ctx.painter.setPen(pen);
    ctx.painter.setBrush(Qt::NoBrush);
    if (pen.style() != Qt::SolidLine) {
        // Each area on its own: a dash pattern run on across neighbours would fill the gaps of the edge
        // they share.
        ctx.forEachVisible(table, kAreaMarginPixels, [&](const MapFeature &feature) {
            QPainterPath outline;
            addOutlines(outline, ctx.viewport, feature.geometry);
            ctx.painter.drawPath(outline);
        });
        return;
    }
    // One path for the whole layer: a thin cosmetic pen strokes it in one pass, where thousands of grid
    // cells drawn one by one would each pay the painter's set-up.
    QPainterPath outlines;
    ctx.forEachVisible(table, kAreaMarginPixels, [&](const MapFeature &feature) {
        addOutlines(outlines, ctx.viewport, feature.geometry);
    });
    ctx.painter.drawPath(outlines);
}
} // namespace

void paintDistrictBoundary(RenderContext &ctx)
{
    // The district is paper on the grey outside, the built-up area a warmer tone on it, and the
    // district's edge is drawn last so that nothing hides it.
    QList<QPainterPath> districts, builtUp;
    const QRectF clip = clipRect(ctx);
    ctx.forEachVisible("district_boundary", kAreaMarginPixels, [&](const MapFeature &feature) {
        (feature.kind == QLatin1String("built_up") ? builtUp : districts)
            .append(areaPath(ctx.viewport, feature.geometry, clip));
    });
    const LayerStyle &style = ctx.style("district_boundary");
    QPainter &p = ctx.painter;
    p.setPen(Qt::NoPen);
    p.setBrush(style.classColour(QStringLiteral("district"), map_style::districtFill()));
    for (const QPainterPath &path : std::as_const(districts))
        p.drawPath(path);
    p.setBrush(style.classColour(QStringLiteral("built_up"), map_style::builtUpFill()));
    for (const QPainterPath &path : std::as_const(builtUp))
        p.drawPath(path);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(style.colour, 1.6 * style.sizeFactor, Qt::SolidLine, Qt::RoundCap, Qt::BevelJoin));
    for (const QPainterPath &path : std::as_const(districts))
        for (const QPolygonF &ring : path.toSubpathPolygons())
            drawPolylineInPieces(p, ring, clip);
}

void paintStreets(RenderContext &ctx)
{
    const LayerStyle &style = ctx.style("streets");
    QPen pen(style.colour, style.sizeFactor, Qt::DashLine);
    pen.setCosmetic(true);
    strokeOutlines(ctx, "streets", pen);
}

void paintGridCells(RenderContext &ctx)
{
    const LayerStyle &style = ctx.style("grid_cells");
    QPen pen(style.colour, 0.6 * style.sizeFactor);
    pen.setCosmetic(true);
    strokeOutlines(ctx, "grid_cells", pen);
}

void paintPermits(RenderContext &ctx)
{
    const LayerStyle &style = ctx.style("permits");
    QPainter &p = ctx.painter;
    const QRectF clip = clipRect(ctx);
    ctx.forEachVisible("permits", kAreaMarginPixels, [&](const MapFeature &feature) {
        const QColor outline = style.classColour(feature.kind, map_style::permitOutline(feature.kind));
        p.setPen(QPen(outline, 1.5 * style.sizeFactor));
        p.setBrush(map_style::permitFillOf(outline));
        // A permit of a few square metres is still something to review: never smaller than a dot. The
        // size is judged on the map, since a ring much smaller than a pixel leaves no path at all.
        const QRectF onScreen = ctx.viewport.toPixel(feature.bounds);
        if (onScreen.width() < 4 && onScreen.height() < 4)
            p.drawEllipse(onScreen.center(), 3.0, 3.0);
        else
            p.drawPath(areaPath(ctx.viewport, feature.geometry, clip));
    });
}

} // namespace uo::render
