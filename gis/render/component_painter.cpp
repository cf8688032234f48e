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

// Street scales (dot of 3 px and more): a defect is a larger disc, so that it shows on a street lined
// with covers. Middle scales (a dot under 3 px, about 1:7,500 to 1:30,000): a road's pixels there hold
// several covers each, and one in twenty is a defect, so a defect's larger disc drawn over its
// neighbours turned every road red. There a defect is one pixel of its colour over the intact marks:
// still shown and never hidden, but too small to colour a road.
bool defectIsPixel(double dot)
{
    return dot < 3.0;
}

double markDiameter(int kind, double dot)
{
    if (kind != map_style::kDefect)
        return dot;
    return defectIsPixel(dot) ? 1.0 : dot + 1.0;
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

// What each pixel shows at district scale: the colour of the last-drawn intact kind present in it (0
// for none), so that a mark is one whole pixel and neighbours never blend class colours. A pixel holds
// tens of components there, and covers line every road: were a defect among them to paint the whole
// pixel red, every road would read as damaged. So a pixel of defects alone is red, and one that also
// holds intact components takes their colour tinted towards red: defects still show where they
// gather, and no component goes unaccounted for.
std::array<QRgb, 256> pixelColours(const QList<int> &order, const KindStyles &styles)
{
    constexpr double kDefectTint = 0.3;
    const QColor defect = styles.colours[size_t(map_style::kDefect)];
    const unsigned defectBit = 1u << map_style::kDefect;
    std::array<QRgb, 256> colourOf{};
    for (unsigned bits = 1; bits < 256; ++bits) {
        const unsigned intact = bits & ~defectBit;
        QColor colour = defect;
        for (const int kind : order)
            if (intact & (1u << kind))
                colour = styles.colours[size_t(kind)];
        if (intact && (bits & defectBit)) {
            const auto mix = [&](int a, int b) {
                return int(std::lround(a * (1 - kDefectTint) + b * kDefectTint));
            };
            colour = QColor(mix(colour.red(), defect.red()), mix(colour.green(), defect.green()),
                            mix(colour.blue(), defect.blue()));
        }
        colourOf[bits] = colour.rgba(); // opaque: already premultiplied
    }
    return colourOf;
}

// A defect's mark is larger and outlined at street scales, one square pixel at middle scales.
Sprite kindSprite(const KindStyles &styles, int kind, double dot, double ratio)
{
    const bool defect = kind == map_style::kDefect;
    if (defect && defectIsPixel(dot)) {
        const int side = std::max(1, int(std::lround(ratio)));
        QImage pixel(side, side, QImage::Format_ARGB32_Premultiplied);
        pixel.fill(styles.colours[size_t(kind)]);
        return Sprite(pixel);
    }
    const double outline = defect ? 1.0 * ratio : 0.0;
    return Sprite(symbolSprite(styles.shapes[size_t(kind)], styles.colours[size_t(kind)],
                               markDiameter(kind, dot) * ratio, map_style::defectOutline(), outline));
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
    if (dot < 2.0) {
        writePixelMarks(target, gathered.marks(), pixelColours(order, styles), ratio, targetRow, 0,
                        target.height);
    } else {
        // One antialiased symbol per kind, drawn once and copied to every mark of that kind.
        std::array<Sprite, map_style::kComponentKinds> sprites;
        for (const int kind : order)
            sprites[size_t(kind)] = kindSprite(styles, kind, dot, ratio);
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
void paintVectorMarks(QPainter &painter, const ComponentMarks &gathered, const KindStyles &styles, double dot)
{
    const QList<QList<QPoint>> &byKind = gathered.marksByKind();
    const bool pixelSized = dot < 2.0;
    for (const int kind : gathered.drawingOrder()) {
        // Marks of one pixel (every kind at district scale, defects at middle scales) stay sharp.
        const bool shapes = !pixelSized && markDiameter(kind, dot) > 1.0;
        painter.setRenderHint(QPainter::Antialiasing, shapes);
        if (shapes) {
            // Shapes as paths, one per mark; a vector device keeps them sharp at any zoom.
            const bool defect = kind == map_style::kDefect;
            painter.setPen(defect ? QPen(map_style::defectOutline(), 1.0) : QPen(Qt::NoPen));
            painter.setBrush(styles.colours[size_t(kind)]);
            const double diameter = markDiameter(kind, dot);
            for (const QPoint &mark : byKind[kind])
                painter.drawPath(symbolPath(styles.shapes[size_t(kind)],
                                            QPointF(mark.x() + 0.5, mark.y() + 0.5), diameter));
            continue;
        }
        QPolygonF points;
        points.reserve(byKind[kind].size());
        // On the centre of the pixel the mark was counted in.
        for (const QPoint &mark : byKind[kind])
            points.append(QPointF(mark.x() + 0.5, mark.y() + 0.5));
        if (points.isEmpty())
            continue;
        QPen pen(styles.colours[size_t(kind)], 1.0, Qt::SolidLine, Qt::SquareCap);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPoints(points);
    }
}

} // namespace

int componentMarginPixels(const MapViewport &viewport, double sizeFactor)
{
    // A mark centred just off the picture still shows its edge; pointed shapes reach a little further.
    return int(std::ceil(1.25 * sizeFactor * map_style::componentDotPixels(viewport.mapUnitsPerPixel()))) + 2;
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
    const LayerStyle &style = ctx.style("components");
    const KindStyles styles(style);
    double dot = map_style::componentDotPixels(ctx.viewport.mapUnitsPerPixel());
    // A single pixel stays a single pixel at any size factor: at district scale every component keeps
    // its one pixel, so that none is lost to a neighbour's larger mark.
    if (dot >= 2.0)
        dot = std::max(2.0, dot * style.sizeFactor);
    if (drawsPixels(ctx.painter))
        paintRasterMarks(ctx, *gathered, styles, dot);
    else
        paintVectorMarks(ctx.painter, *gathered, styles, dot);
}

} // namespace uo::render
