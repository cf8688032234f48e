#pragma once

#include "app/workstation/map_tools/map_overlay.h"

#include <QSet>

namespace uo {

// "My segments" on the map: the rest of the map is set back behind a white veil and the person's
// segments are drawn bold over it, so that a chief finds their own roads at a glance among the
// district's 400 segments. Draws nothing while it has no segments.
class MySegmentsOverlay : public MapOverlay
{
    Q_OBJECT

public:
    explicit MySegmentsOverlay(MapCanvas &canvas);

    void setSegments(const QSet<qint64> &ids);
    const QSet<qint64> &segments() const { return m_ids; }

    static QColor veil();
    static QColor line();

    void paint(QPainter &painter, const MapViewport &viewport) override;

private:
    QSet<qint64> m_ids;
};

} // namespace uo
