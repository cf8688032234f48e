#pragma once

#include "app/workstation/map_tools/map_tool.h"
#include "core/store/geometry_blob.h"

#include <QList>
#include <QPointF>

namespace uo {

// Draws a permit's dug area on the map: a polygon, or a trench as a line with a width that becomes the
// polygon around it (flat ends, as a trench is cut). Click to add a point, double-click, Enter or the
// right button to finish, Backspace to take back the last point, Escape to give up.
class PermitDrawTool : public MapTool
{
    Q_OBJECT

public:
    enum class Shape
    {
        Polygon,
        Trench
    };

    explicit PermitDrawTool(MapCanvas &canvas);

    void setShape(Shape shape) { m_shape = shape; }
    Shape shape() const { return m_shape; }
    void setTrenchWidth(double metres) { m_width = metres; }
    double trenchWidth() const { return m_width; }
    const QList<QPointF> &points() const { return m_points; }

    // Adds a point in map coordinates, as a click there does (also for tests and scripted drawing).
    void addPoint(QPointF map);
    // Ends the drawing: emits drawn() when the points make an area, refused() otherwise.
    void finish();
    void cancel();

    // The area for a shape and its points, in `srid`; empty when the points make none. `trenchM` gets
    // the trench's length: the line's length, or for a polygon the long side of the rectangle with the
    // same area and perimeter.
    static Geometry areaOf(Shape shape, const QList<QPointF> &points, double width, int srid,
                           double *trenchM);
    // The planar area of a polygon in square map units (holes subtracted).
    static double planarArea(const Geometry &polygon);

    QCursor cursor() const override { return Qt::CrossCursor; }
    void deactivated() override;
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;

signals:
    void drawn(const uo::Geometry &area, double trenchLengthM);
    void refused(const QString &reason);
    void cancelled();

private:
    Shape m_shape = Shape::Trench;
    double m_width = 2.0;
    QList<QPointF> m_points; // map coordinates
    QPointF m_hover;         // pixels
    bool m_hovering = false;
};

} // namespace uo
