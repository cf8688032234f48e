#pragma once

#include "gis/render/layer_style.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_viewport.h"

#include <QImage>
#include <QSet>
#include <QString>
#include <atomic>
#include <memory>

namespace uo {

class MapSnapshot;

// Everything a worker needs to draw one picture, taken on the GUI thread: the district's snapshot,
// which nothing changes, and plain values. The worker shares nothing live with the GUI.
struct RenderRequest
{
    std::shared_ptr<const MapSnapshot> snapshot;
    MapViewport viewport;
    QSet<QString> visibleLayers;
    DistrictStyle style = DistrictStyle::defaults();
};

struct RenderResult
{
    QImage image; // null when cancelled or failed
    MapViewport viewport;
    RenderStats stats;
    QString error; // why no picture could be drawn
};

// Draws a request on the calling thread.
RenderResult runRenderJob(const RenderRequest &request, const std::atomic<bool> *cancel);

} // namespace uo
