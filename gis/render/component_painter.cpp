#include "gis/render/component_density.h"
#include "gis/render/component_marks.h"
#include "gis/render/map_style.h"
#include "gis/render/mark_raster.h"
#include "gis/render/render_context.h"
#include "gis/render/symbol_shape.h"

#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>

namespace uo::render {

namespace {

// A defect is a larger disc outlined in white, so that it shows on a street lined with covers. (Symbols
// are drawn only where they can be told apart: farther out the components are a density surface.)
double markDiameter(int kind, double dot)
{
    return kind == map_style::kDefect ? dot + 1.0 : dot;
}

// Each kind's look, as the layer's style says.
struct KindStyles
{
    explicit KindStyles(const LayerStyle &style)
    {
        for (int kind = 0; kind < map_style::kComponentKinds; ++kind) {
            const SymbolClass *c = style.findClass(componentClassKey(kind));
            QColor colour = c ? c->colour : map_style::componentColour(kind);
            colour.setAlpha(255); // marks are opaque; the layer's opacity applies to all of them at once
            colours[size_t(kind)] = colour;
            shapes[size_t(kind)] = c ? c->shape : map_style::componentShape(kind);
        }
    }
    std::array<QColor, map_style::kComponentKinds> colours;
    std::array<SymbolShape, map_style::kComponentKinds> shapes;
};

Sprite kindSprite(const KindStyles &styles, int kind, double dot, double ratio)
{
    const bool defect = kind == map_style::kDefect;
    const double outline = defect ? 1.0 * ratio : 0.0;
    return Sprite(symbolSprite(styles.shapes[size_t(kind)], styles.colours[size_t(kind)],
                               markDiameter(kind, dot) * ratio, map_style::defectOutline(), outline));
}

void stampSprites(const RasterTarget &target, const QList<QList<QPoint>> &byKind,
                  const std::array<Sprite, map_style::kComponentKinds> &sprites, const QList<int> &order,
                  double ratio, int targetRow, int top, int bottom)
{
    for (const int kind : order) {
        const Sprite &sprite = sprites[size_t(kind)];
        for (const QPoint &mark : byKind[kind]) {
            const QPoint at = spriteTopLeft(mark, ratio, sprite.width()) - QPoint(0, targetRow);
            if (at.y() < bottom && at.y() + sprite.height() > top)
                stampSprite(target, sprite, at.x(), at.y(), top, bottom);
        }
    }
}

// Into pixels: straight into the picture when the renderer owns it, else into a transparent layer that
// is then drawn with one call.
void paintRasterMarks(RenderContext &ctx, const ComponentMarks &gathered, const KindStyles &styles,
                      double dot)
{
    const QList<int> order = gathered.drawingOrder();
    const double ratio = ctx.viewport.devicePixelRatio();
    QImage layer;
    if (!ctx.pixels) {
        layer = QImage(ctx.viewport.deviceSize(), QImage::Format_ARGB32_Premultiplied);
        if (layer.isNull())
            return;
        layer.fill(Qt::transparent);
    }
    const RasterTarget target(ctx.pixels ? *ctx.pixels : layer);
    const int targetRow = qRound(ctx.bandTop * ratio);
    // One antialiased symbol per kind, drawn once and copied to every mark of that kind.
    std::array<Sprite, map_style::kComponentKinds> sprites;
    for (const int kind : order)
        sprites[size_t(kind)] = kindSprite(styles, kind, dot, ratio);
    stampSprites(target, gathered.marksByKind(), sprites, order, ratio, targetRow, 0, target.height);
    if (!layer.isNull()) {
        layer.setDevicePixelRatio(ratio);
        // Unscaled, without smoothing: each mark stays where it was put.
        ctx.painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        ctx.painter.drawImage(QPointF(0, 0), layer);
    }
}

// For a vector device (PDF, printer), where a picture of the marks would lose their sharpness.
void paintVectorMarks(QPainter &painter, const ComponentMarks &gathered, const KindStyles &styles, double dot)
{
    const QList<QList<QPoint>> &byKind = gathered.marksByKind();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const int kind : gathered.drawingOrder()) {
        // Shapes as paths, one per mark; a vector device keeps them sharp at any zoom.
        const bool defect = kind == map_style::kDefect;
        painter.setPen(defect ? QPen(map_style::defectOutline(), 1.0) : QPen(Qt::NoPen));
        painter.setBrush(styles.colours[size_t(kind)]);
        const double diameter = markDiameter(kind, dot);
        for (const QPoint &mark : byKind[kind])
            painter.drawPath(
                symbolPath(styles.shapes[size_t(kind)], QPointF(mark.x() + 0.5, mark.y() + 0.5), diameter));
    }
}

} // namespace

int componentMarginPixels(const MapViewport &viewport, double sizeFactor)
{
    // A mark centred just off the picture still shows its edge; pointed shapes reach a little further.
    return int(std::ceil(1.25 * sizeFactor * map_style::componentDotPixels(viewport.mapUnitsPerPixel()))) + 2;
}

namespace {
// The density surface, smoothly scaled over the picture: where the components are, as a tone the
// roads and names drawn over it still read through.
void paintDensity(RenderContext &ctx, const ComponentDensity &density)
{
    if (ctx.countsComponents)
        ctx.stats.featuresRead[tableOf(Layer::Components)] += density.pointCount();
    QImage surface =
        density.surface(map_style::componentDensityColour(), map_style::kComponentDensityMaxOpacity);
    if (surface.isNull())
        return;
    const QRectF target(0, -ctx.bandTop, density.cells().width() * ComponentDensity::kCellPixels,
                        density.cells().height() * ComponentDensity::kCellPixels);
    // A PDF viewer would show the cells as blocks: the surface goes in already smoothed.
    if (!drawsPixels(ctx.painter))
        surface = surface.scaled((target.size() * ctx.viewport.devicePixelRatio()).toSize(),
                                 Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    ctx.painter.save();
    ctx.painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    ctx.painter.drawImage(target, surface);
    ctx.painter.restore();
}
} // namespace

void paintComponents(RenderContext &ctx)
{
    if (ctx.isCancelled())
        return;
    if (ctx.componentDensity) {
        paintDensity(ctx, *ctx.componentDensity);
        return;
    }
    const ComponentMarks *gathered = ctx.componentMarks;
    if (!gathered)
        return;
    if (ctx.countsComponents) {
        ctx.stats.featuresRead[tableOf(Layer::Components)] += gathered->pointCount();
        ctx.stats.componentMarks += gathered->marks().markCount();
    }
    const LayerStyle &style = ctx.style(Layer::Components);
    const KindStyles styles(style);
    const double dot =
        std::max(2.0, map_style::componentDotPixels(ctx.viewport.mapUnitsPerPixel()) * style.sizeFactor);
    // A vector device keeps few marks as shapes; many go in as one picture of them, while everything
    // else on the map stays vector.
    if (drawsPixels(ctx.painter) || gathered->marks().markCount() > ctx.vectorMarkLimit)
        paintRasterMarks(ctx, *gathered, styles, dot);
    else
        paintVectorMarks(ctx.painter, *gathered, styles, dot);
}

} // namespace uo::render
