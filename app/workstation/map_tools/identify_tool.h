#pragma once

#include "app/workstation/map_tools/map_tool.h"
#include "gis/map_snapshot/feature_lookup.h"

#include <QSet>
#include <functional>

namespace uo {

// Identify: a click lists every feature of the visible layers under the pointer (see featuresAt);
// whoever shows them listens to identified().
class IdentifyTool : public MapTool
{
    Q_OBJECT

public:
    using LayerFilter = std::function<QSet<QString>()>;
    static constexpr double kTolerancePixels = 5.0;

    IdentifyTool(MapCanvas &canvas, LayerFilter layers);

    QCursor cursor() const override { return Qt::WhatsThisCursor; }
    bool mousePress(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    // The features at a point of the canvas, as a click there would list them.
    QList<FeatureHit> identifyAt(QPointF pixel) const;

signals:
    void identified(const QList<uo::FeatureHit> &hits, QPointF mapPoint);

private:
    LayerFilter m_layers;
    QPointF m_pressed;
    bool m_pressing = false;
};

} // namespace uo
