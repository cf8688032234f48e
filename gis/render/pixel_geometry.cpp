#include "gis/render/pixel_geometry.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <vector>

namespace uo::render {

namespace {
// Vertices nearer than this to the one before are dropped at once; then the line is simplified
// (Douglas-Peucker) to within kTolerancePixels. Both far below what antialiasing can show.
constexpr double kMinStepPixels = 0.35;
constexpr double kTolerancePixels = 0.2;

// Whether p lies further than the tolerance from the line through a and b (from a when they meet),
// compared squared: no square root for the thousands of vertices of a boundary.
bool offChord(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length2 = d.x() * d.x() + d.y() * d.y();
    if (length2 == 0.0) {
        const QPointF e = p - a;
        return e.x() * e.x() + e.y() * e.y() > kTolerancePixels * kTolerancePixels;
    }
    const double cross = d.x() * (a.y() - p.y()) - d.y() * (a.x() - p.x());
    return cross * cross > kTolerancePixels * kTolerancePixels * length2;
}

// Douglas-Peucker with a stack rather than recursion: a district boundary has thousands of vertices.
QPolygonF simplified(const QPolygonF &line)
{
    if (line.size() <= 2)
        return line;
    std::vector<bool> keep(size_t(line.size()), false);
    keep.front() = keep.back() = true;
    QList<std::pair<qsizetype, qsizetype>> stack{{0, line.size() - 1}};
    while (!stack.isEmpty()) {
        const auto [first, last] = stack.takeLast();
        // The vertex furthest from the chord, by the cross product: the chord's length is common to all.
        const QPointF a = line[first], d = line[last] - a;
        const bool degenerate = d.x() == 0.0 && d.y() == 0.0;
        double worst = -1;
        qsizetype at = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const QPointF e = line[i] - a;
            const double cross =
                degenerate ? e.x() * e.x() + e.y() * e.y() : std::abs(d.x() * e.y() - d.y() * e.x());
            if (cross > worst) {
                worst = cross;
                at = i;
            }
        }
        if (at >= 0 && offChord(line[at], a, line[last])) {
            keep[size_t(at)] = true;
            stack.append({first, at});
            stack.append({at, last});
        }
    }
    QPolygonF out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i)
        if (keep[size_t(i)])
            out.append(line[i]);
    return out;
}

// Sutherland-Hodgman against each edge of `rect` in turn. The result may run along the rectangle's
// edges where the area leaves and re-enters it, which fills the same as the area does inside.
QPolygonF clippedRing(const QPolygonF &ring, const QRectF &rect)
{
    QPolygonF current = ring;
    for (int edge = 0; edge < 4 && !current.isEmpty(); ++edge) {
        const auto inside = [&](QPointF p) {
            switch (edge) {
            case 0:
                return p.x() >= rect.left();
            case 1:
                return p.x() <= rect.right();
            case 2:
                return p.y() >= rect.top();
            default:
                return p.y() <= rect.bottom();
            }
        };
        const auto crossing = [&](QPointF a, QPointF b) {
            const double t = edge < 2 ? ((edge == 0 ? rect.left() : rect.right()) - a.x()) / (b.x() - a.x())
                                      : ((edge == 2 ? rect.top() : rect.bottom()) - a.y()) / (b.y() - a.y());
            return a + (b - a) * t;
        };
        QPolygonF next;
        next.reserve(current.size() + 4);
        for (qsizetype i = 0; i < current.size(); ++i) {
            const QPointF a = current[i == 0 ? current.size() - 1 : i - 1], b = current[i];
            if (inside(b)) {
                if (!inside(a))
                    next.append(crossing(a, b));
                next.append(b);
            } else if (inside(a)) {
                next.append(crossing(a, b));
            }
        }
        current = next;
    }
    return current;
}
} // namespace

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
    return simplified(out);
}

QPainterPath areaPath(const MapViewport &viewport, const Geometry &geometry, const QRectF &clip)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const Geometry::Part &part : geometry.parts)
        for (const Geometry::Ring &ring : part) {
            QPolygonF pixels = toPixels(viewport, ring);
            if (!clip.isEmpty() && !clip.contains(pixels.boundingRect()))
                pixels = clippedRing(pixels, clip);
            if (pixels.size() >= 3)
                path.addPolygon(pixels);
            path.closeSubpath();
        }
    return path;
}

void addOutlines(QPainterPath &path, const MapViewport &viewport, const Geometry &geometry)
{
    for (const Geometry::Part &part : geometry.parts)
        for (const Geometry::Ring &ring : part) {
            const QPolygonF pixels = toPixels(viewport, ring);
            if (pixels.size() >= 2)
                path.addPolygon(pixels);
        }
}

void drawPolylineInPieces(QPainter &painter, const QPolygonF &line, const QRectF &picture)
{
    constexpr qsizetype kPiece = 16; // segments per piece
    const double reach = painter.pen().widthF();
    const QRectF area = picture.adjusted(-reach, -reach, reach, reach);
    for (qsizetype first = 0; first + 1 < line.size(); first += kPiece) {
        const int count = int(std::min(kPiece + 1, line.size() - first));
        double x0 = line[first].x(), x1 = x0, y0 = line[first].y(), y1 = y0;
        for (qsizetype i = first + 1; i < first + count; ++i) {
            x0 = std::min(x0, line[i].x());
            x1 = std::max(x1, line[i].x());
            y0 = std::min(y0, line[i].y());
            y1 = std::max(y1, line[i].y());
        }
        if (x1 >= area.left() && x0 <= area.right() && y1 >= area.top() && y0 <= area.bottom())
            painter.drawPolyline(line.constData() + first, count);
    }
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

QPainterPath linePath(const MapViewport &viewport, const Geometry &geometry)
{
    QPainterPath path;
    for (const QPolygonF &line : linePaths(viewport, geometry))
        path.addPolygon(line); // an open subpath
    return path;
}

} // namespace uo::render
