#pragma once

#include "map_viewport.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QString>
#include <atomic>

class QPainter;

namespace uo {

class DistrictStore;

// What one render did, for the status bar, the tests and the benchmark.
struct RenderStats
{
    QHash<QString, qint64> featuresRead; // per layer table: every feature the spatial index returned
    qint64 componentMarks = 0;           // dots drawn for those components, at most one per pixel and kind
    bool cancelled = false;
};

// Draws the map layers of a district store onto any QPainter: screen image, PDF, printer. Reads only
// the features whose bounds meet the viewport, through the SpatiaLite spatial index. Not thread-safe:
// a renderer and its store belong to one thread.
class MapRenderer
{
public:
    explicit MapRenderer(DistrictStore &store);

    // Layer tables to draw; every map layer when never set.
    void setVisibleLayers(const QSet<QString> &tables);
    const QSet<QString> &visibleLayers() const { return m_visible; }

    // Paints the background and the visible layers, bottom first, in the painter's logical pixels
    // (the viewport's size). Stops early, with stats.cancelled set, once *cancel becomes true.
    RenderStats render(QPainter &painter, const MapViewport &viewport, const std::atomic<bool> *cancel = nullptr);

    // An image of the viewport's device size with its device pixel ratio set.
    QImage renderImage(const MapViewport &viewport, const std::atomic<bool> *cancel = nullptr,
                       RenderStats *stats = nullptr);

private:
    DistrictStore &m_store;
    QSet<QString> m_visible;
};

} // namespace uo
