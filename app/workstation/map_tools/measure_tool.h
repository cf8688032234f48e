#pragma once

#include "app/workstation/map_tools/map_tool.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

namespace uo {

// A place on a road's centreline: how far along the road (its chainage, from its first vertex, as the
// segments count) and how far off the line the mouse was.
struct RoadPlace
{
    qint64 roadId = 0;
    QString road;
    double measure = 0; // metres from the road's start
    double offset = 0;  // metres from the centreline
    QPointF point;      // on the centreline, store CRS
};

// Measuring on the map, in the store CRS (metres, square metres):
// - Distance: click the points of a line; its length shows by each leg and in total, the last leg
//   following the mouse. Double-click, right-click or Enter ends it, Backspace takes back the last
//   point, Esc clears; the next click starts a new line.
// - Area: the same for a polygon: its area and perimeter.
// - Chainage: hovering near a road shows its chainage there (K0+880) and the distance from the
//   centreline; a click fixes a place, a second click on the same road gives the length along it.
// What is measured also goes out as text with measured(), for the status bar.
class MeasureTool : public MapTool
{
    Q_OBJECT

public:
    enum class Mode
    {
        Distance,
        Area,
        Chainage
    };
    // How far from a road's centreline (in pixels) the mouse still finds it.
    static constexpr double kRoadPixels = 12.0;

    MeasureTool(MapCanvas &canvas, Mode mode);

    Mode mode() const { return m_mode; }
    // The points clicked, store CRS.
    const QList<QPointF> &points() const { return m_points; }
    // Of the points clicked: the line's length, or the polygon's perimeter and area.
    double length() const;
    double area() const;
    // Chainage: the place fixed by a click, and the second one on the same road.
    const std::optional<RoadPlace> &firstPlace() const { return m_first; }
    const std::optional<RoadPlace> &secondPlace() const { return m_second; }
    // The road place nearest to the pixel, within kRoadPixels; none when no road is that near.
    std::optional<RoadPlace> placeAt(QPointF pixel) const;
    // What the status bar shows about the measure now.
    QString text() const;
    void clear();

    static QString lengthText(double metres);
    static QString areaText(double squareMetres);
    static QString placeText(const RoadPlace &place);

    void deactivated() override;
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;

signals:
    void measured(const QString &text);

private:
    // The points with the mouse's position after them while a line or polygon is being drawn.
    QList<QPointF> drawnPoints() const;
    void changed();
    void forget();
    void paintLine(QPainter &painter) const;
    void paintChainage(QPainter &painter) const;

    Mode m_mode;
    QList<QPointF> m_points;
    std::optional<QPointF> m_cursor; // store CRS
    bool m_finished = false;
    std::optional<RoadPlace> m_hover, m_first, m_second;
};

} // namespace uo
