#pragma once

#include "app/workstation/map_tools/map_overlay.h"

#include <QList>
#include <QPointF>
#include <memory>

namespace uo {

class FeatureSelection;
class MapSnapshot;

// Draws the selected features over the map in the selection colour: points as rings, lines as a broad
// band under a thin line, areas as an outline over a light wash. Everything is taken from the canvas's
// snapshot; the positions of selected components are looked up once per change of the selection or of
// the map, not at every repaint.
class SelectionOverlay : public MapOverlay
{
    Q_OBJECT

public:
    SelectionOverlay(MapCanvas &canvas, FeatureSelection &selection);

    static QColor colour();
    // Above this many components on screen they are drawn as plain squares into a raster.
    static constexpr int kManyPoints = 3000;

    void paint(QPainter &painter, const MapViewport &viewport) override;
    // The selected components' positions (map coordinates), as last looked up.
    const QList<QPointF> &componentPositions() const { return m_components; }

private:
    void update();
    void paintPoints(QPainter &painter, const MapViewport &viewport, const QList<QPointF> &points);

    FeatureSelection &m_selection;
    std::shared_ptr<const MapSnapshot> m_snapshot; // the one m_components was found in
    QList<QPointF> m_components;
};

} // namespace uo
