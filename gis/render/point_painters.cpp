#include "layer_query.h"
#include "map_style.h"
#include "pixel_marks.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace uo::render {

void paintComponents(RenderContext &ctx)
{
    const double dot = map_style::componentDotPixels(ctx.viewport.mapUnitsPerPixel());
    const int margin = int(std::ceil(dot));
    const QSize size = ctx.viewport.size();
    PixelMarks marks(QRect(-margin, -margin, size.width() + 2 * margin, size.height() + 2 * margin),
                     map_style::kComponentKinds);
    {
        // The major class is the first two digits of the class code in both identifier schemes; a local
        // code that is not a number reads as 0 and is drawn as a local class.
        LayerQuery query(ctx, "components",
                         "CAST(substr(f.class_code, 1, 2) AS INTEGER), f.state IN ('damaged', 'missing')", margin);
        double x = 0, y = 0;
        while (query.next()) {
            if (!query.point(&x, &y))
                continue;
            const int kind = map_style::componentKind(int(query.row().int64(0)), query.row().int64(1) != 0);
            marks.add(ctx.viewport.toPixel(QPointF(x, y)), kind);
        }
    }
    if (ctx.isCancelled())
        return;
    ctx.stats.componentMarks += marks.markCount();

    // The commonest classes first so that rarer ones stay visible where they share a pixel; defects last:
    // a damaged cover must never hide under an intact tree.
    QList<int> order;
    for (int kind = 0; kind < map_style::kComponentKinds; ++kind)
        if (kind != map_style::kDefect)
            order.append(kind);
    std::stable_sort(order.begin(), order.end(),
                     [&marks](int a, int b) { return marks.pointCount(a) > marks.pointCount(b); });
    order.append(map_style::kDefect);

    QPainter &p = ctx.painter;
    // At district scale a mark is one whole pixel: blending neighbours would mix the class colours.
    const bool pixelSized = dot < 2.0;
    p.setRenderHint(QPainter::Antialiasing, !pixelSized);
    for (const int kind : std::as_const(order)) {
        QPolygonF points = marks.marks(kind);
        if (points.isEmpty())
            continue;
        if (pixelSized) {
            // On the centre of the pixel the mark was counted in, so that it fills exactly that pixel.
            for (QPointF &pt : points)
                pt = QPointF(std::floor(pt.x()) + 0.5, std::floor(pt.y()) + 0.5);
            QPen pen(map_style::componentColour(kind), 1.0, Qt::SolidLine, Qt::SquareCap);
            pen.setCosmetic(true);
            p.setPen(pen);
        } else {
            const double width = kind == map_style::kDefect ? dot + 1.0 : dot;
            p.setPen(QPen(map_style::componentColour(kind), width, Qt::SolidLine, Qt::RoundCap));
        }
        p.drawPoints(points);
    }
}

void paintShops(RenderContext &ctx)
{
    const double side = map_style::shopSizePixels(ctx.viewport.mapUnitsPerPixel());
    LayerQuery query(ctx, "shops", QByteArray(), side);
    QPainter &p = ctx.painter;
    p.setPen(side > 4 ? QPen(Qt::white, 1.0) : QPen(Qt::NoPen));
    p.setBrush(map_style::shopColour());
    double x = 0, y = 0;
    while (query.next()) {
        if (!query.point(&x, &y))
            continue;
        const QPointF c = ctx.viewport.toPixel(QPointF(x, y));
        p.drawRect(QRectF(c.x() - side / 2, c.y() - side / 2, side, side));
    }
}

void paintRiskPoints(RenderContext &ctx)
{
    const double radius = map_style::riskRadiusPixels(ctx.viewport.mapUnitsPerPixel());
    // Higher risks are drawn last so that a red point is never covered by a blue one.
    LayerQuery query(ctx, "risk_points", "f.level", radius + 1,
                     "CASE f.level WHEN 'blue' THEN 0 WHEN 'yellow' THEN 1 WHEN 'orange' THEN 2 ELSE 3 END");
    QPainter &p = ctx.painter;
    // A small symbol with a heavy outline reads as a black dot.
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), radius < 3.0 ? 0.5 : 1.0));
    double x = 0, y = 0;
    while (query.next()) {
        if (!query.point(&x, &y))
            continue;
        p.setBrush(map_style::riskColour(query.row().text(0)));
        p.drawEllipse(ctx.viewport.toPixel(QPointF(x, y)), radius, radius);
    }
}

} // namespace uo::render
