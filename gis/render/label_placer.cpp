#include "gis/render/label_placer.h"

#include <algorithm>
#include <limits>

namespace uo::render {

namespace {
// Separating axis test: two convex boxes are apart when, along the normal of one of their edges,
// their shadows do not overlap.
bool separatedAlongEdgesOf(const LabelBox &a, const LabelBox &b)
{
    for (int i = 0; i < 2; ++i) { // a rectangle has two edge directions
        const QPointF edge = a.corners[size_t(i + 1)] - a.corners[size_t(i)];
        const QPointF normal(-edge.y(), edge.x());
        const auto shadow = [&normal](const LabelBox &box) {
            double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
            for (const QPointF &c : box.corners) {
                const double d = QPointF::dotProduct(c, normal);
                lo = std::min(lo, d);
                hi = std::max(hi, d);
            }
            return std::pair{lo, hi};
        };
        const auto [aLo, aHi] = shadow(a);
        const auto [bLo, bHi] = shadow(b);
        if (aHi < bLo || bHi < aLo)
            return true;
    }
    return false;
}
} // namespace

LabelBox LabelBox::around(QPointF centre, QPointF along, double width, double height)
{
    const QPointF u = along * (width / 2.0);
    const QPointF v = QPointF(-along.y(), along.x()) * (height / 2.0);
    LabelBox box{{centre - u - v, centre + u - v, centre + u + v, centre - u + v}, QRectF()};
    double x0 = box.corners[0].x(), x1 = x0, y0 = box.corners[0].y(), y1 = y0;
    for (const QPointF &c : box.corners) {
        x0 = std::min(x0, c.x());
        x1 = std::max(x1, c.x());
        y0 = std::min(y0, c.y());
        y1 = std::max(y1, c.y());
    }
    box.bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    return box;
}

bool LabelPlacer::place(const LabelBox &box)
{
    if (!m_picture.contains(box.bounds))
        return false;
    for (const LabelBox &taken : std::as_const(m_taken))
        if (taken.bounds.intersects(box.bounds) && !separatedAlongEdgesOf(taken, box) &&
            !separatedAlongEdgesOf(box, taken))
            return false;
    m_taken.append(box);
    ++m_placed;
    return true;
}

void LabelPlacer::keepClear(const QRectF &area)
{
    m_taken.append(LabelBox::around(area.center(), QPointF(1, 0), area.width(), area.height()));
}

} // namespace uo::render
