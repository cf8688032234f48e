#include "gis/render/symbol_shape.h"

#include <QPainter>
#include <QPolygonF>
#include <cmath>
#include <numbers>

namespace uo {

namespace {
QPolygonF regularPolygon(int corners, const QPointF &centre, double radius, double startDegrees)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double a = (startDegrees + 360.0 * i / corners) * std::numbers::pi / 180.0;
        polygon.append(centre + QPointF(radius * std::cos(a), -radius * std::sin(a)));
    }
    polygon.append(polygon.first());
    return polygon;
}
} // namespace

QPainterPath symbolPath(SymbolShape shape, const QPointF &centre, double diameter)
{
    const double r = diameter / 2.0;
    QPainterPath path;
    switch (shape) {
    case SymbolShape::Circle:
        path.addEllipse(centre, r, r);
        break;
    // A square as wide as the disc looks heavier than it: a little smaller.
    case SymbolShape::Square:
        path.addRect(QRectF(centre.x() - 0.9 * r, centre.y() - 0.9 * r, 1.8 * r, 1.8 * r));
        break;
    // Pointed shapes look lighter: a little larger, so that the class does not fade at small sizes.
    case SymbolShape::Triangle:
        path.addPolygon(regularPolygon(3, centre + QPointF(0, 0.15 * r), 1.2 * r, 90));
        break;
    case SymbolShape::Diamond:
        path.addPolygon(regularPolygon(4, centre, 1.15 * r, 90));
        break;
    case SymbolShape::Hexagon:
        path.addPolygon(regularPolygon(6, centre, 1.05 * r, 0));
        break;
    case SymbolShape::Cross: {
        // A plus sign of bars a third of its width, as one outline.
        const double a = 1.05 * r, b = a / 3.0;
        const QPointF c = centre;
        path.addPolygon(QPolygonF(
            {c + QPointF(-b, -a), c + QPointF(b, -a), c + QPointF(b, -b), c + QPointF(a, -b),
             c + QPointF(a, b), c + QPointF(b, b), c + QPointF(b, a), c + QPointF(-b, a), c + QPointF(-b, b),
             c + QPointF(-a, b), c + QPointF(-a, -b), c + QPointF(-b, -b), c + QPointF(-b, -a)}));
        break;
    }
    }
    path.closeSubpath();
    return path;
}

QImage symbolSprite(SymbolShape shape, const QColor &fill, double diameter, const QColor &outline,
                    double outlineWidth)
{
    // Room for the outline and for the pointed shapes, which reach beyond the disc; no more, since
    // every transparent pixel of the sprite is still looked at for each of thousands of copies.
    const bool round = shape == SymbolShape::Circle || shape == SymbolShape::Square;
    const int size = int(std::ceil(diameter * (round ? 1.0 : 1.25) + std::max(0.0, outlineWidth))) + 2;
    QImage sprite(size, size, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(outlineWidth > 0 ? QPen(outline, outlineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)
                                    : QPen(Qt::NoPen));
    painter.setBrush(fill);
    painter.drawPath(symbolPath(shape, QPointF(size / 2.0, size / 2.0), diameter));
    return sprite;
}

} // namespace uo
