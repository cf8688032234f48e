#pragma once

#include "gis/render/layer_style.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_viewport.h"

#include <QImage>
#include <QSet>
#include <QString>
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
    // The basemaps shown, bottom first, read from their cache alone: fetching tiles is the
    // BasemapFetcher's, so that a picture never waits for the network.
    QList<Basemap> basemaps = {};
};

struct RenderResult
{
    QImage image; // null when cancelled or failed
    MapViewport viewport;
    RenderStats stats;
    QString error; // why no picture could be drawn
};

// Draws a request on the calling thread, until `job` is withdrawn.
RenderResult runRenderJob(const RenderRequest &request, const JobTicket &job);

} // namespace uo
