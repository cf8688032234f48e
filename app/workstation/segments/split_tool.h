#pragma once

#include "app/workstation/map_tools/map_tool.h"
#include "core/segments/segment_editor.h"
#include "core/segments/segment_naming.h"

#include <QList>
#include <QPointF>
#include <memory>
#include <optional>

namespace uo {

class SegmentDocument;

// Splits roads into segments on the map. Hovering highlights the nearest road and shows where a cut
// would go, snapped to a vertex or a crossing road when one is near, with its chainage; clicks add cuts,
// previewed as pieces with their derived names; Enter or a double-click applies them all as one undo
// step; Backspace takes back the last cut and Esc all of them. On the hovered road's existing segment
// boundaries: a drag moves the boundary, Shift+click merges the two segments.
class SplitTool : public MapTool
{
    Q_OBJECT

public:
    // Pixel distances within which the mouse takes a road, snaps to a point, takes a boundary.
    static constexpr double kRoadPixels = 12;
    static constexpr double kSnapPixels = 10;
    static constexpr double kBoundaryPixels = 8;

    enum class SnapKind
    {
        Line,
        Vertex,
        Crossing
    };
    struct Snap
    {
        double measure = 0;
        QPointF point; // store CRS
        SnapKind kind = SnapKind::Line;
    };

    SplitTool(MapCanvas &canvas, SegmentDocument *document);
    ~SplitTool() override;

    qint64 roadId() const { return m_road ? m_road->id : 0; }
    const QList<double> &cuts() const { return m_cuts; } // in the order made
    const std::optional<Snap> &snap() const { return m_snap; }
    // Applies the cuts; false when there were none or the store refused them (reported).
    bool apply();
    void clear();

    void deactivated() override;
    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;
    void paint(QPainter &painter) override;

private:
    struct Road
    {
        qint64 id = 0;
        std::unique_ptr<SegmentNaming> naming;
        QList<SegmentRecord> segments;
    };

    qint64 roadNear(QPointF pixel) const;
    void setRoad(qint64 id);
    void reloadSegments();
    std::optional<Snap> snapOn(QPointF pixel) const;
    int boundaryNear(QPointF pixel) const; // index i: between segments i and i + 1; -1 when none
    double pixelDistance(QPointF pixel, double measure) const;
    void update();
    QString label(double measure) const;

    SegmentDocument *m_document;
    std::unique_ptr<Road> m_road;
    QList<double> m_cuts;
    std::optional<Snap> m_snap;
    int m_dragBoundary = -1;
    double m_dragMeasure = 0;
    bool m_dragged = false;
};

} // namespace uo
