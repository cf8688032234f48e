#pragma once

#include "map_renderer.h"
#include "map_viewport.h"

#include <QImage>
#include <QSet>
#include <QString>
#include <atomic>

namespace uo {

// Everything a worker needs to draw one picture: a snapshot taken on the GUI thread, so that the
// worker shares nothing live with it.
struct RenderRequest
{
    QString storePath;
    MapViewport viewport;
    QSet<QString> visibleLayers;
};

struct RenderResult
{
    QImage image;       // null when cancelled or failed
    MapViewport viewport;
    RenderStats stats;
    QString error;      // a StoreError's message when the store could not be read
};

// Draws a request on the calling thread through a read-only connection of its own: SQLite connections
// are never shared between threads.
RenderResult runRenderJob(const RenderRequest &request, const std::atomic<bool> *cancel);

} // namespace uo
