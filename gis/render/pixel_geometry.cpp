#include "pixel_geometry.h"

namespace uo::render {

namespace {
constexpr double kMinStepPixels = 0.35;
}

QPolygonF toPixels(const MapViewport &viewport, const Geometry::Ring &ring)
{
    QPolygonF out;
    out.reserve(ring.size());
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF p = viewport.toPixel(ring.at(i));
        const bool last = i + 1 == ring.size();
        if (!out.isEmpty() && !last) {
            const QPointF d = p - out.constLast();
            if (qAbs(d.x()) < kMinStepPixels && qAbs(d.y()) < kMinStepPixels)
                continue;
        }
        out.append(p);
    }
    return out;
}

QPainterPath areaPath(const MapViewport &viewport, const Geometry &geometry)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Geometry::Part &part : geometry.parts)
        for (const Geometry::Ring &ring : part) {
            const QPolygonF pixels = toPixels(viewport, ring);
            if (pixels.size() >= 3)
                path.addPolygon(pixels);
            path.closeSubpath();
        }
    return path;
}

QList<QPolygonF> linePaths(const MapViewport &viewport, const Geometry &geometry)
{
    QList<QPolygonF> lines;
    for (const Geometry::Part &part : geometry.parts)
        for (const Geometry::Ring &ring : part)
            if (ring.size() >= 2)
                lines.append(toPixels(viewport, ring));
    return lines;
}

} // namespace uo::render
