#pragma once

#include "core/store/layers.h"
#include "gis/basemap/basemap_raster.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_viewport.h"

#include <QImage>
#include <QRectF>
#include <limits>

class QPainter;

namespace uo::render {

class ComponentMarks;
class ComponentDensity;

// What every layer painter of one render shares. Everything it reads is the snapshot's: no painter
// touches the store.
struct RenderContext
{
    QPainter &painter;
    const MapViewport &viewport;
    const MapSnapshot &snapshot;
    // The request's ticket: a newer request withdraws it.
    const JobTicket &job;
    RenderStats &stats;
    // The picture's own pixels, when the renderer made the picture and nothing transforms the painter:
    // symbols are then copied straight into them. Null for any other painter.
    QImage *pixels = nullptr;
    // The components of the whole picture, gathered before the layers are drawn; null when there are
    // none to draw.
    const ComponentMarks *componentMarks = nullptr;
    // Instead of marks, farther out: how many components each cell of the picture holds.
    const ComponentDensity *componentDensity = nullptr;
    // On a vector device (a PDF) more component marks than this go in as one picture of them: each
    // mark would be a drawing operation, and a dense street holds tens of thousands.
    qint64 vectorMarkLimit = 20000;

    // A picture drawn in bands of rows at once (see MapRenderer) gives each band a context whose
    // viewport is the band. `bandTop` is the band's first row in the whole picture. So that the stats
    // count each feature once, a band counts only those whose top edge lies in its rows
    // [countFrom, countTo), and only one band counts the components.
    int bandTop = 0;
    double countFrom = -std::numeric_limits<double>::infinity();
    double countTo = std::numeric_limits<double>::infinity();
    bool countsComponents = true;

    // The basemaps to draw under the vectors, bottom first (none when null), and whether a tile service
    // may fetch what its cache lacks.
    const QList<Basemap> *basemaps = nullptr;
    BasemapRaster::Network basemapNetwork = BasemapRaster::Network::CacheOnly;

    // The district's style, and the style of the layer being painted (set before each painter runs).
    const DistrictStyle *districtStyle = nullptr;
    const LayerStyle *layerStyle = nullptr;
    // The layer's style, or the default style of `table` for a painter run on its own (tests).
    const LayerStyle &style(const char *table) const
    {
        if (layerStyle && layerStyle->table == QLatin1String(table))
            return *layerStyle;
        const QString name = QString::fromLatin1(table);
        if (districtStyle)
            if (const LayerStyle *s = districtStyle->layer(name))
                return *s;
        static const DistrictStyle defaults = DistrictStyle::defaults();
        static const LayerStyle plain = DistrictStyle::defaultLayerStyle(QString());
        const LayerStyle *s = defaults.layer(name);
        return s ? *s : plain;
    }

    const LayerStyle &style(Layer layer) const { return style(tableName(layer)); }

    // True once the request was withdrawn; remembered so that later checks are free.
    bool isCancelled()
    {
        if (!stats.cancelled && !job.isCurrent())
            stats.cancelled = true;
        return stats.cancelled;
    }

    // The visible map rect grown by `marginPixels`, so that symbols centred just outside still show.
    QRectF queryRect(double marginPixels) const
    {
        const double m = marginPixels * viewport.mapUnitsPerPixel();
        return viewport.visibleMapRect().adjusted(-m, -m, m, m);
    }

    // Calls f(const MapFeature &) for each feature of `table` whose bounds meet the view grown by
    // `marginPixels`, in drawing order, and counts them in the stats. Stops early once cancelled.
    template <typename F> void forEachVisible(Layer layer, double marginPixels, F &&f)
    {
        forEachVisible(tableName(layer), marginPixels, std::forward<F>(f));
    }
    template <typename F> void forEachVisible(const char *table, double marginPixels, F &&f)
    {
        const LayerFeatures *features = snapshot.layer(QString::fromLatin1(table));
        if (!features)
            return;
        const QRectF rect = queryRect(marginPixels);
        qint64 n = 0, counted = 0;
        for (const MapFeature &feature : features->features()) {
            if (!LayerFeatures::meets(feature.bounds, rect))
                continue;
            // Often enough to stop within a millisecond, rarely enough to cost nothing.
            if (n % 1024 == 0 && isCancelled())
                break;
            ++n;
            const double topRow =
                viewport.toPixel(QPointF(feature.bounds.left(), feature.bounds.bottom())).y();
            counted += topRow >= countFrom && topRow < countTo;
            f(feature);
        }
        stats.featuresRead[features->table()] += counted;
    }
};

// How far outside the picture a component may lie and still show part of its mark, with symbols
// `sizeFactor` times their usual size.
int componentMarginPixels(const MapViewport &viewport, double sizeFactor = 1.0);

// One painter per kind of layer.
void paintDistrictBoundary(RenderContext &ctx);
void paintStreets(RenderContext &ctx);
void paintGridCells(RenderContext &ctx);
void paintPermits(RenderContext &ctx);
void paintRoads(RenderContext &ctx);
void paintRoadSegments(RenderContext &ctx);
void paintComponents(RenderContext &ctx);
void paintShops(RenderContext &ctx);
void paintRiskPoints(RenderContext &ctx);
void paintCases(RenderContext &ctx);
// The basemaps, each warped into the view and laid on at its opacity. The district boundary's painter
// calls it between the district's paper and its edge; the renderer, when that layer is not drawn.
void paintBasemaps(RenderContext &ctx);
// For a map layer without a painter of its own: plain grey in the shape of its geometry type.
void paintGenericLayer(RenderContext &ctx, const char *table, const char *geometryType);
// Which names a picture carries: those of layers drawn with names on.
struct LabelledLayers
{
    bool streets = false;
    bool roads = false;
    bool segments = false;
    bool clearOfRisks = false; // names go round the risk points drawn
};
// Street and town names over their areas at district scales, road and segment names along their lines
// closer in, each at the scales where it reads (see map_style), never over one another nor, when
// `clearOfRisks`, over a risk point; drawn after every layer so that no other symbol covers them.
void paintLabels(RenderContext &ctx, const LabelledLayers &layers);

} // namespace uo::render
