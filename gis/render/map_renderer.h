#pragma once

#include "core/jobs/job_tracker.h"
#include "gis/basemap/basemap_raster.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_viewport.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

class QPainter;

namespace uo {

class MapSnapshot;

namespace render {
class ComponentMarks;
class ComponentDensity;
struct RenderContext;
} // namespace render

// What one render did, for the status bar, the tests and the benchmark.
struct RenderStats
{
    QHash<QString, qint64> featuresRead; // per layer table: every feature in the view (and its margin)
    qint64 componentMarks = 0;           // dots drawn for those components, at most one per pixel and kind
    qint64 labels = 0;                   // road and segment names placed
    QStringList basemapErrors;           // why a basemap could not be drawn, once each
    bool cancelled = false;
};

// Draws the map layers of a district snapshot onto any QPainter: screen image, PDF, printer, benchmark.
// Reads only the snapshot, never the store, so renderers in several threads may share one snapshot.
class MapRenderer
{
public:
    explicit MapRenderer(std::shared_ptr<const MapSnapshot> snapshot);

    // Layer tables to draw; every map layer when never set. A layer is drawn when it is in this set and
    // its style shows it at the view's scale.
    void setVisibleLayers(const QSet<QString> &tables);
    const QSet<QString> &visibleLayers() const { return m_visible; }
    // How each layer looks and the drawing order; the defaults when never set.
    void setStyle(const DistrictStyle &style);
    const DistrictStyle &style() const { return m_style; }
    // The basemaps to draw under the vectors, bottom first, their sources ready to open (see
    // MapSnapshot::basemaps()); none when never set. A render reads tile services from their cache
    // alone unless `network` says it may fetch.
    void setBasemaps(const QList<Basemap> &basemaps,
                     BasemapRaster::Network network = BasemapRaster::Network::CacheOnly);
    const QList<Basemap> &basemaps() const { return m_basemaps; }

    // Paints the background and the visible layers, bottom first, then the labels, in the painter's
    // logical pixels (the viewport's size). Stops early, with stats.cancelled set, once `job` is
    // withdrawn.
    RenderStats render(QPainter &painter, const MapViewport &viewport,
                       const JobTicket &job = JobTicket::untracked()) const;

    // An image of the viewport's device size with its device pixel ratio set; null when an image that
    // large cannot be allocated. A large one is drawn as two bands of rows at once, one on the calling
    // thread and one on a thread of its own.
    QImage renderImage(const MapViewport &viewport, const JobTicket &job = JobTicket::untracked(),
                       RenderStats *stats = nullptr) const;

private:
    // The components of a view, gathered before any layer is drawn: marks where they can be told apart,
    // a density surface farther out (see map_style::componentsAsDensity).
    struct Gathered
    {
        Gathered();
        Gathered(Gathered &&) noexcept;
        ~Gathered();
        std::unique_ptr<const render::ComponentMarks> marks;
        std::unique_ptr<const render::ComponentDensity> density;
        void into(render::RenderContext &ctx) const;
    };
    Gathered gatherComponents(const MapViewport &viewport, const JobTicket &job) const;
    // Whether `table` is drawn in `viewport`: visible, and its style shows it at that scale.
    bool draws(const QString &table, const MapViewport &viewport) const;
    // The background and the visible layers, bottom first, in the context's viewport.
    void paintLayers(render::RenderContext &ctx) const;
    void paintLayer(render::RenderContext &ctx, const LayerStyle &style) const;
    void paintLabels(render::RenderContext &ctx) const;
    // The row at which an image of the viewport is split into two bands drawn at once; 0 for none.
    static int bandSplit(const MapViewport &viewport);
    // The layers of `image` (of the viewport's device size) drawn as two bands at once.
    RenderStats paintInBands(QImage &image, const MapViewport &viewport, int split, const Gathered &gathered,
                             const JobTicket &job) const;

    std::shared_ptr<const MapSnapshot> m_snapshot;
    QSet<QString> m_visible;
    DistrictStyle m_style;
    QList<Basemap> m_basemaps;
    BasemapRaster::Network m_basemapNetwork = BasemapRaster::Network::CacheOnly;
};

} // namespace uo
