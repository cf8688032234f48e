#pragma once

#include "map_renderer.h"
#include "map_viewport.h"

#include <QRectF>
#include <atomic>

class QPainter;

namespace uo::sql {
class Database;
}

namespace uo::render {

// What every layer painter of one render shares.
struct RenderContext
{
    QPainter &painter;
    const MapViewport &viewport;
    sql::Database &db;
    int srid;
    const std::atomic<bool> *cancel;
    RenderStats &stats;

    // True once the request was withdrawn; remembered so that later checks are free.
    bool isCancelled()
    {
        if (!stats.cancelled && cancel && cancel->load(std::memory_order_relaxed))
            stats.cancelled = true;
        return stats.cancelled;
    }

    // The visible map rect grown by `marginPixels`, so that symbols centred just outside still show.
    QRectF queryRect(double marginPixels) const
    {
        const double m = marginPixels * viewport.mapUnitsPerPixel();
        return viewport.visibleMapRect().adjusted(-m, -m, m, m);
    }
};

// One painter per kind of layer; each reads its own table through a LayerQuery.
void paintDistrictBoundary(RenderContext &ctx);
void paintStreets(RenderContext &ctx);
void paintGridCells(RenderContext &ctx);
void paintPermits(RenderContext &ctx);
void paintRoads(RenderContext &ctx);
void paintRoadSegments(RenderContext &ctx);
void paintComponents(RenderContext &ctx);
void paintShops(RenderContext &ctx);
void paintRiskPoints(RenderContext &ctx);
// For a map layer without a painter of its own: plain grey in the shape of its geometry type.
void paintGenericLayer(RenderContext &ctx, const char *table, const char *geometryType);

} // namespace uo::render
