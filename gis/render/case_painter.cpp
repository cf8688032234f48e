#include "gis/render/case_style.h"
#include "gis/render/mark_raster.h"
#include "gis/render/render_context.h"
#include "gis/render/symbol_shape.h"

#include <QHash>
#include <QPainter>

namespace uo::render {

// Cases as diamonds (risk points are discs, components dots): a year of them at district scale is tens
// of thousands, so where the painter draws pixels each class's symbol is drawn once and copied.
void paintCases(RenderContext &ctx)
{
    const LayerStyle &style = ctx.style(Layer::Cases);
    const double perPixel = ctx.viewport.mapUnitsPerPixel();
    QPainter &p = ctx.painter;
    const bool copies = drawsPixels(p);
    const double ratio = ctx.viewport.devicePixelRatio();
    struct Symbol
    {
        double diameter;
        QColor fill;
        QImage sprite;
    };
    QHash<QString, Symbol> symbols;
    const double margin = case_style::diameterPixels(QStringLiteral("overdue"), perPixel) * style.sizeFactor;
    ctx.forEachVisible(Layer::Cases, margin, [&](const MapFeature &feature) {
        auto symbol = symbols.find(feature.kind);
        if (symbol == symbols.end()) {
            const double diameter = case_style::diameterPixels(feature.kind, perPixel) * style.sizeFactor;
            const QColor fill = style.classColour(feature.kind, case_style::colour(feature.kind));
            // Open cases get a white rim so that they read on any ground; overdue ones a thick one.
            const double rim = !case_style::isOpen(feature.kind) || diameter < 4 ? 0.0
                               : feature.kind == QLatin1String("overdue")        ? 1.5
                                                                                 : 1.0;
            QImage sprite;
            if (copies) {
                sprite = symbolSprite(SymbolShape::Diamond, fill, diameter * ratio, Qt::white, rim * ratio);
                sprite.setDevicePixelRatio(ratio);
            }
            symbol = symbols.insert(feature.kind, {diameter, fill, sprite});
        }
        const QPointF centre = ctx.viewport.toPixel(feature.geometry.parts.value(0).value(0).value(0));
        if (copies) {
            const double half = symbol->sprite.width() / ratio / 2.0;
            p.drawImage(centre - QPointF(half, half), symbol->sprite);
            return;
        }
        p.setPen(case_style::isOpen(feature.kind) ? QPen(Qt::white, 1.0) : QPen(Qt::NoPen));
        p.setBrush(symbol->fill);
        p.drawPath(symbolPath(SymbolShape::Diamond, centre, symbol->diameter));
    });
}

} // namespace uo::render
