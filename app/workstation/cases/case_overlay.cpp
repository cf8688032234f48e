#include "app/workstation/cases/case_overlay.h"

#include "gis/render/map_viewport.h"

#include <QHash>
#include <QPainter>
#include <cmath>

namespace uo {

void CaseOverlay::setChosen(const QPointF &point, bool overdue)
{
    m_chosen = point;
    m_overdue = overdue;
    m_hasChosen = true;
    changed();
}

void CaseOverlay::clearChosen()
{
    m_hasChosen = false;
    changed();
}

void CaseOverlay::setDensity(const QList<QPointF> &points)
{
    m_points = points;
    changed();
}

QList<QPair<QRectF, int>> CaseOverlay::densityCells(const QList<QPointF> &points, const MapViewport &viewport,
                                                    int cellPixels, int *maxCount)
{
    QHash<QPoint, int> counts;
    const QRectF shown = viewport.visibleMapRect();
    for (const QPointF &p : points) {
        if (!shown.contains(p))
            continue;
        const QPointF pixel = viewport.toPixel(p);
        ++counts[QPoint(int(std::floor(pixel.x() / cellPixels)), int(std::floor(pixel.y() / cellPixels)))];
    }
    QList<QPair<QRectF, int>> cells;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        cells.append({QRectF(it.key().x() * cellPixels, it.key().y() * cellPixels, cellPixels, cellPixels),
                      it.value()});
        most = std::max(most, it.value());
    }
    if (maxCount)
        *maxCount = most;
    return cells;
}

void CaseOverlay::paint(QPainter &painter, const MapViewport &viewport)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (!m_points.isEmpty()) {
        int most = 0;
        const QList<QPair<QRectF, int>> cells = densityCells(m_points, viewport, 24, &most);
        painter.setPen(Qt::NoPen);
        for (const auto &[cell, count] : cells) {
            // From pale yellow to deep red, on a square-root scale so that a few busy cells do not wash
            // out the rest.
            const double t = most > 0 ? std::sqrt(double(count) / most) : 0.0;
            QColor colour = QColor::fromHsvF(0.16 * (1.0 - t), 0.35 + 0.6 * t, 1.0 - 0.25 * t);
            colour.setAlphaF(0.35 + 0.4 * t);
            painter.setBrush(colour);
            painter.drawRect(cell);
        }
    }
    if (m_hasChosen) {
        const QPointF c = viewport.toPixel(m_chosen);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 255, 255, 220), 6));
        painter.drawEllipse(c, 14, 14);
        painter.setPen(QPen(m_overdue ? QColor(0xd7, 0x19, 0x1c) : QColor(0x10, 0x60, 0xd0), 3));
        painter.drawEllipse(c, 14, 14);
    }
    painter.restore();
}

} // namespace uo
