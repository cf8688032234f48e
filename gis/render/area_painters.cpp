#include "layer_query.h"
#include "map_style.h"
#include "pixel_geometry.h"

#include <QPainter>

namespace uo::render {

namespace {
// Outlines are a couple of pixels wide: margin enough for an area whose edge lies just off screen.
constexpr double kAreaMarginPixels = 2.0;

void strokeOutlines(RenderContext &ctx, const char *table, const QPen &pen)
{
    LayerQuery query(ctx, table, QByteArray(), kAreaMarginPixels);
    ctx.painter.setPen(pen);
    ctx.painter.setBrush(Qt::NoBrush);
    while (query.next())
        if (const auto geometry = query.geometry())
            ctx.painter.drawPath(areaPath(ctx.viewport, *geometry));
}
} // namespace

void paintDistrictBoundary(RenderContext &ctx)
{
    // The district is paper on the grey outside, the built-up area a warmer tone on it, and the
    // district's edge is drawn last so that nothing hides it.
    QList<QPainterPath> districts, builtUp;
    LayerQuery query(ctx, "district_boundary", "f.kind", kAreaMarginPixels);
    while (query.next()) {
        const auto geometry = query.geometry();
        if (!geometry)
            continue;
        (query.row().text(0) == QLatin1String("built_up") ? builtUp : districts)
            .append(areaPath(ctx.viewport, *geometry));
    }
    QPainter &p = ctx.painter;
    p.setPen(Qt::NoPen);
    p.setBrush(map_style::districtFill());
    for (const QPainterPath &path : std::as_const(districts))
        p.drawPath(path);
    p.setBrush(map_style::builtUpFill());
    for (const QPainterPath &path : std::as_const(builtUp))
        p.drawPath(path);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(map_style::districtOutline(), 1.6));
    for (const QPainterPath &path : std::as_const(districts))
        p.drawPath(path);
}

void paintStreets(RenderContext &ctx)
{
    QPen pen(map_style::streetOutline(), 1.0, Qt::DashLine);
    pen.setCosmetic(true);
    strokeOutlines(ctx, "streets", pen);
}

void paintGridCells(RenderContext &ctx)
{
    QPen pen(map_style::gridOutline(), 0.6);
    pen.setCosmetic(true);
    strokeOutlines(ctx, "grid_cells", pen);
}

void paintPermits(RenderContext &ctx)
{
    LayerQuery query(ctx, "permits", "f.status", kAreaMarginPixels);
    QPainter &p = ctx.painter;
    while (query.next()) {
        const auto geometry = query.geometry();
        if (!geometry)
            continue;
        const QString status = query.row().text(0);
        p.setPen(QPen(map_style::permitOutline(status), 1.5));
        p.setBrush(map_style::permitFill(status));
        // A permit of a few square metres is still something to review: never smaller than a dot. The
        // size is judged on the map, since a ring much smaller than a pixel leaves no path at all.
        const QRectF onScreen = ctx.viewport.toPixel(geometry->bounds());
        if (onScreen.width() < 4 && onScreen.height() < 4)
            p.drawEllipse(onScreen.center(), 3.0, 3.0);
        else
            p.drawPath(areaPath(ctx.viewport, *geometry));
    }
}

} // namespace uo::render
