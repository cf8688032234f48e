#pragma once

#include "app/workstation/map_tools/map_overlay.h"

#include <QList>
#include <QPointF>

namespace uo {

// Over the map: a ring round the case shown in the case panel, and, when asked, the density of a set of
// cases (the register's, as filtered: a period, a street, a state) as cells shaded by how many cases
// fall in each, so that where problems cluster shows at any scale.
class CaseOverlay : public MapOverlay
{
    Q_OBJECT

public:
    using MapOverlay::MapOverlay;

    void setChosen(const QPointF &point, bool overdue);
    void clearChosen();
    void setDensity(const QList<QPointF> &points); // empty: no density view
    bool showsDensity() const { return !m_points.isEmpty(); }
    // Cases per cell of `cellPixels` for the viewport, the fullest cell's count in *maxCount.
    static QList<QPair<QRectF, int>> densityCells(const QList<QPointF> &points, const MapViewport &viewport,
                                                  int cellPixels, int *maxCount);

    void paint(QPainter &painter, const MapViewport &viewport) override;

private:
    bool m_hasChosen = false, m_overdue = false;
    QPointF m_chosen;
    QList<QPointF> m_points;
};

} // namespace uo
