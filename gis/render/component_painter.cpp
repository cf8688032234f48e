#include "component_marks.h"
#include "map_style.h"
#include "mark_raster.h"
#include "render_context.h"

#include <QPainter>
#include <array>
#include <cmath>

namespace uo::render {

namespace {

double markDiameter(int kind, double dot)
{
    return kind == map_style::kDefect ? dot + 1.0 : dot;
}

// What each pixel shows at district scale: the colour of the last-drawn kind present in it (0 for
// none), so that a mark is one whole pixel and neighbours never blend class colours.
std::array<QRgb, 256> pixelColours(const QList<int> &order)
{
    std::array<QRgb, 256> colourOf{};
    for (unsigned bits = 1; bits < 256; ++bits)
        for (const int kind : order)
            if (bits & (1u << kind))
                colourOf[bits] = map_style::componentColour(kind).rgba(); // opaque: already premultiplied
    return colourOf;
}

// Writes the marked pixels of the target's device rows [deviceTop, deviceBottom) into it; pixels
// without a mark are left as they are. The target's first row is device row `targetRow` of the picture
// the marks were gathered for, whose pixels are `ratio` times larger than the device's.
void writePixelMarks(const RasterTarget &target, const PixelMarks &marks,
                     const std::array<QRgb, 256> &colourOf, double ratio, int targetRow, int deviceTop,
                     int deviceBottom)
{
    const int left = marks.area().left();
    for (int dy = deviceTop; dy < deviceBottom; ++dy) {
        const quint8 *bits = marks.row(int((targetRow + dy) / ratio)) - left;
        quint32 *out = target.row(dy);
        if (ratio == 1.0) {
            for (int x = 0; x < target.width; ++x)
                if (bits[x])
                    out[x] = colourOf[bits[x]];
        } else {
            for (int dx = 0; dx < target.width; ++dx)
                if (const quint8 b = bits[int(dx / ratio)])
                    out[dx] = colourOf[b];
        }
    }
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
void paintRasterMarks(RenderContext &ctx, const ComponentMarks &gathered, double dot)
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
    if (dot < 2.0) {
        writePixelMarks(target, gathered.marks(), pixelColours(order), ratio, targetRow, 0, target.height);
    } else {
        // One antialiased disc per kind, drawn once and copied to every mark of that kind.
        std::array<Sprite, map_style::kComponentKinds> sprites;
        for (const int kind : order)
            sprites[size_t(kind)] =
                Sprite(discSprite(map_style::componentColour(kind), markDiameter(kind, dot) * ratio));
        stampSprites(target, gathered.marksByKind(), sprites, order, ratio, targetRow, 0, target.height);
    }
    if (!layer.isNull()) {
        layer.setDevicePixelRatio(ratio);
        // Unscaled, without smoothing: each mark stays where it was put.
        ctx.painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        ctx.painter.drawImage(QPointF(0, 0), layer);
    }
}

// For a vector device (PDF, printer), where a picture of the marks would lose their sharpness.
void paintVectorMarks(QPainter &painter, const ComponentMarks &gathered, double dot)
{
    const QList<QList<QPoint>> &byKind = gathered.marksByKind();
    const bool pixelSized = dot < 2.0;
    painter.setRenderHint(QPainter::Antialiasing, !pixelSized);
    for (const int kind : gathered.drawingOrder()) {
        QPolygonF points;
        points.reserve(byKind[kind].size());
        // On the centre of the pixel the mark was counted in.
        for (const QPoint &mark : byKind[kind])
            points.append(QPointF(mark.x() + 0.5, mark.y() + 0.5));
        if (points.isEmpty())
            continue;
        QPen pen(map_style::componentColour(kind), pixelSized ? 1.0 : markDiameter(kind, dot), Qt::SolidLine,
                 pixelSized ? Qt::SquareCap : Qt::RoundCap);
        pen.setCosmetic(pixelSized);
        painter.setPen(pen);
        painter.drawPoints(points);
    }
}

} // namespace

int componentMarginPixels(const MapViewport &viewport)
{
    // A mark centred just off the picture still shows its edge.
    return int(std::ceil(map_style::componentDotPixels(viewport.mapUnitsPerPixel()))) + 1;
}

void paintComponents(RenderContext &ctx)
{
    const ComponentMarks *gathered = ctx.componentMarks;
    if (!gathered || ctx.isCancelled())
        return;
    if (ctx.countsComponents) {
        ctx.stats.featuresRead[QStringLiteral("components")] += gathered->pointCount();
        ctx.stats.componentMarks += gathered->marks().markCount();
    }
    const double dot = map_style::componentDotPixels(ctx.viewport.mapUnitsPerPixel());
    if (drawsPixels(ctx.painter))
        paintRasterMarks(ctx, *gathered, dot);
    else
        paintVectorMarks(ctx.painter, *gathered, dot);
}

} // namespace uo::render
