#pragma once

#include "app/workstation/map_tools/map_overlay.h"
#include "core/permits/permit_scene.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class QPainterPath;

namespace uo {

// The permit under review drawn over the map: its dug area, the other permits on the same roads coloured
// by when they dig (before it, at the same time, after it), the roads around it hatched while they are
// in their no-dig period, the risk points and components the checks found, and whatever finding the user
// clicked in a bright halo. The statistics put the most-dug roads here too, ranked.
class PermitOverlay : public MapOverlay
{
    Q_OBJECT

public:
    explicit PermitOverlay(MapCanvas &canvas);

    void setScene(const PermitScene &scene);
    const PermitScene &scene() const { return m_scene; }
    // Features of the scene to stand out: a finding's layer and ids.
    void setHighlight(std::optional<Layer> layer, const QList<qint64> &ids);

    struct RankedRoad
    {
        QString name;
        int digs = 0;
        Geometry line;
    };
    void setMostDug(const QList<RankedRoad> &roads);
    const QList<RankedRoad> &mostDug() const { return m_mostDug; }

    // When another permit digs compared with the reviewed one: 0 before, 1 at the same time, 2 after.
    static int timeClass(QDate start, QDate end, QDate reviewedStart, QDate reviewedEnd);
    static QColor timeColour(int timeClass);

    void paint(QPainter &painter, const MapViewport &viewport) override;

private:
    void paintLegend(QPainter &painter, const MapViewport &viewport);

    PermitScene m_scene;
    std::optional<Layer> m_highlightLayer;
    QList<qint64> m_highlightIds;
    QList<RankedRoad> m_mostDug;
};

} // namespace uo
