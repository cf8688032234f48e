#include "gis/render/map_style.h"
#include "gis/render/mark_raster.h"
#include "gis/render/render_context.h"

#include <QHash>
#include <QPainter>

namespace uo::render {

namespace {
QPointF pointOf(const MapFeature &feature)
{
    return feature.geometry.parts.value(0).value(0).value(0);
}
} // namespace

void paintShops(RenderContext &ctx)
{
    const LayerStyle &style = ctx.style(Layer::Shops);
    const double side = map_style::shopSizePixels(ctx.viewport.mapUnitsPerPixel()) * style.sizeFactor;
    QPainter &p = ctx.painter;
    p.setPen(side > 4 ? QPen(Qt::white, 1.0) : QPen(Qt::NoPen));
    p.setBrush(style.colour);
    ctx.forEachVisible(Layer::Shops, side, [&](const MapFeature &feature) {
        const QPointF c = ctx.viewport.toPixel(pointOf(feature));
        p.drawRect(QRectF(c.x() - side / 2, c.y() - side / 2, side, side));
    });
}

void paintRiskPoints(RenderContext &ctx)
{
    const LayerStyle &style = ctx.style(Layer::RiskPoints);
    const double radius = map_style::riskRadiusPixels(ctx.viewport.mapUnitsPerPixel()) * style.sizeFactor;
    QPainter &p = ctx.painter;
    // A small symbol with a heavy outline reads as a black dot; one of a pixel or two has none.
    const QPen outline =
        radius < 2.0 ? QPen(Qt::NoPen) : QPen(map_style::riskOutline(), radius < 3.0 ? 0.5 : 1.0);
    // Thousands of risk points at district scale: where the painter draws pixels, each level's symbol is
    // drawn once and copied to every point of that level.
    const bool copies = drawsPixels(p);
    const double ratio = ctx.viewport.devicePixelRatio();
    QHash<QString, QImage> sprites;
    p.setPen(outline);
    // The snapshot holds the risk points lowest level first, so that higher ones are drawn over them.
    ctx.forEachVisible(Layer::RiskPoints, radius + 1, [&](const MapFeature &feature) {
        const QPointF centre = ctx.viewport.toPixel(pointOf(feature));
        if (!copies) {
            p.setBrush(style.classColour(feature.kind, map_style::riskColour(feature.kind)));
            p.drawEllipse(centre, radius, radius);
            return;
        }
        auto sprite = sprites.find(feature.kind);
        if (sprite == sprites.end()) {
            QImage image = discSprite(style.classColour(feature.kind, map_style::riskColour(feature.kind)),
                                      2 * radius * ratio, outline.color(),
                                      outline.style() == Qt::NoPen ? 0.0 : outline.widthF() * ratio);
            image.setDevicePixelRatio(ratio);
            sprite = sprites.insert(feature.kind, image);
        }
        const double half = sprite->width() / ratio / 2.0;
        p.drawImage(centre - QPointF(half, half), *sprite);
    });
}

} // namespace uo::render
