#include "gis/render/map_renderer.h"

#include "core/store/layers.h"
#include "gis/render/component_density.h"
#include "gis/render/component_marks.h"
#include "gis/render/map_style.h"
#include "gis/render/mark_raster.h"
#include "gis/render/pixel_geometry.h"
#include "gis/render/render_bands.h"
#include "gis/render/render_context.h"

#include <QPainter>
#include <array>
#include <cmath>
#include <cstring>

namespace uo {

namespace render {

void paintGenericLayer(RenderContext &ctx, const char *table, const char *geometryType)
{
    const QColor grey = ctx.style(table).colour;
    const bool isPoint = std::strstr(geometryType, "POINT") != nullptr;
    const bool isArea = std::strstr(geometryType, "POLYGON") != nullptr;
    QPainter &p = ctx.painter;
    p.setPen(QPen(grey, isPoint ? 3.0 : 1.0, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    ctx.forEachVisible(table, 4.0, [&](const MapFeature &feature) {
        if (isArea) {
            p.drawPath(areaPath(ctx.viewport, feature.geometry));
            return;
        }
        for (const QPolygonF &line : linePaths(ctx.viewport, feature.geometry))
            p.drawPolyline(line);
        if (isPoint)
            for (const Geometry::Part &part : feature.geometry.parts)
                for (const Geometry::Ring &ring : part)
                    for (const QPointF &pt : ring)
                        p.drawPoint(ctx.viewport.toPixel(pt));
    });
}

} // namespace render

namespace {
using Painter = void (*)(render::RenderContext &);

// Each layer's painter, by what the layer holds; a table the registry does not know has none.
Painter painterFor(const std::optional<Layer> layer)
{
    if (!layer)
        return nullptr;
    switch (*layer) {
    case Layer::DistrictBoundary:
        return render::paintDistrictBoundary;
    case Layer::Streets:
        return render::paintStreets;
    case Layer::GridCells:
        return render::paintGridCells;
    case Layer::Permits:
        return render::paintPermits;
    case Layer::Roads:
        return render::paintRoads;
    case Layer::RoadSegments:
        return render::paintRoadSegments;
    case Layer::Components:
        return render::paintComponents;
    case Layer::Shops:
        return render::paintShops;
    case Layer::RiskPoints:
        return render::paintRiskPoints;
    case Layer::Cases:
        return render::paintCases;
    }
    return nullptr;
}
} // namespace

MapRenderer::MapRenderer(std::shared_ptr<const MapSnapshot> snapshot)
    : m_snapshot(std::move(snapshot)), m_style(DistrictStyle::defaults())
{
    for (const LayerInfo &layer : mapLayers())
        m_visible.insert(QString::fromLatin1(layer.table));
}

void MapRenderer::setVisibleLayers(const QSet<QString> &tables)
{
    m_visible = tables;
}

void MapRenderer::setStyle(const DistrictStyle &style)
{
    m_style = style;
}

void MapRenderer::setBasemaps(const QList<Basemap> &basemaps, BasemapRaster::Network network)
{
    m_basemaps = basemaps;
    m_basemapNetwork = network;
}

bool MapRenderer::draws(const QString &table, const MapViewport &viewport) const
{
    if (!m_visible.contains(table))
        return false;
    const LayerStyle *style = m_style.layer(table);
    return style && style->showsAt(viewport.scaleDenominator());
}

MapRenderer::Gathered::Gathered() = default;
MapRenderer::Gathered::Gathered(Gathered &&) noexcept = default;
MapRenderer::Gathered::~Gathered() = default;

void MapRenderer::Gathered::into(render::RenderContext &ctx) const
{
    ctx.componentMarks = marks.get();
    ctx.componentDensity = density.get();
}

MapRenderer::Gathered MapRenderer::gatherComponents(const MapViewport &viewport, const JobTicket &job) const
{
    Gathered gathered;
    if (!m_snapshot || !m_snapshot->components() || !draws(tableOf(Layer::Components), viewport))
        return gathered;
    const ComponentPoints &points = *m_snapshot->components();
    // Counted into cells first, in one pass: farther out the cells are the picture; closer in they say
    // whether symbols would crowd, and only where they would not are the marks gathered.
    gathered.density = std::make_unique<const render::ComponentDensity>(points, viewport, job);
    if (map_style::componentsAsDensity(viewport.mapUnitsPerPixel()))
        return gathered;
    const double sizeFactor = m_style.layer(tableOf(Layer::Components))->sizeFactor;
    const double dot = std::max(2.0, map_style::componentDotPixels(viewport.mapUnitsPerPixel()) * sizeFactor);
    if (gathered.density->symbolCover(dot) > map_style::kMaxComponentSymbolCover)
        return gathered;
    gathered.density.reset();
    gathered.marks = std::make_unique<const render::ComponentMarks>(
        points, viewport, render::componentMarginPixels(viewport, sizeFactor), job);
    return gathered;
}

void MapRenderer::paintLayers(render::RenderContext &ctx) const
{
    QPainter &painter = ctx.painter;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF picture(QPointF(0, 0), QSizeF(ctx.viewport.size()));
    painter.fillRect(picture, map_style::background());
    painter.setClipRect(picture, Qt::IntersectClip);
    ctx.districtStyle = &m_style;
    ctx.basemaps = m_basemaps.isEmpty() ? nullptr : &m_basemaps;
    ctx.basemapNetwork = m_basemapNetwork;
    // Without the district's paper the basemaps lie on the background; with it, on the paper.
    if (ctx.basemaps && !draws(tableOf(Layer::DistrictBoundary), ctx.viewport))
        render::paintBasemaps(ctx);
    for (const LayerStyle &style : m_style.layers) {
        if (ctx.isCancelled())
            break;
        if (!draws(style.table, ctx.viewport))
            continue;
        painter.save();
        if (style.opacity >= 1.0 || !render::drawsPixels(painter)) {
            // A vector device takes the opacity per shape: shapes of one layer that overlap show through
            // each other there, which a printout can live with.
            painter.setOpacity(style.opacity);
            paintLayer(ctx, style);
        } else {
            // The layer as one sheet, then laid on the map at its opacity: overlapping symbols of one
            // layer must not show through each other.
            QImage sheet(ctx.viewport.deviceSize(), QImage::Format_ARGB32_Premultiplied);
            if (!sheet.isNull()) {
                sheet.fill(Qt::transparent);
                sheet.setDevicePixelRatio(ctx.viewport.devicePixelRatio());
                QPainter sheetPainter(&sheet);
                sheetPainter.setRenderHint(QPainter::Antialiasing, true);
                render::RenderContext sheetCtx{sheetPainter, ctx.viewport, ctx.snapshot, ctx.job, ctx.stats};
                sheetCtx.pixels = ctx.pixels ? &sheet : nullptr;
                sheetCtx.componentMarks = ctx.componentMarks;
                sheetCtx.componentDensity = ctx.componentDensity;
                sheetCtx.vectorMarkLimit = ctx.vectorMarkLimit;
                sheetCtx.countFrom = ctx.countFrom;
                sheetCtx.countTo = ctx.countTo;
                sheetCtx.countsComponents = ctx.countsComponents;
                sheetCtx.districtStyle = &m_style;
                sheetCtx.basemaps = ctx.basemaps;
                sheetCtx.basemapNetwork = ctx.basemapNetwork;
                // Marks gathered for the whole picture are placed by the band's first row.
                sheetCtx.bandTop = ctx.bandTop;
                paintLayer(sheetCtx, style);
                sheetPainter.end();
                painter.setOpacity(style.opacity);
                painter.drawImage(QPointF(0, 0), sheet);
            }
        }
        painter.restore();
    }
    ctx.layerStyle = nullptr;
    painter.restore();
}

void MapRenderer::paintLayer(render::RenderContext &ctx, const LayerStyle &style) const
{
    ctx.layerStyle = &style;
    if (Painter paint = painterFor(layerOf(style.table)))
        paint(ctx);
    else
        render::paintGenericLayer(ctx, style.table.toLatin1().constData(), "POINT");
    ctx.layerStyle = nullptr;
}

void MapRenderer::paintLabels(render::RenderContext &ctx) const
{
    const auto labelled = [&](Layer layer) {
        const QString name = tableOf(layer);
        return draws(name, ctx.viewport) && m_style.layer(name)->labels;
    };
    render::LabelledLayers layers;
    layers.streets = labelled(Layer::Streets);
    layers.roads = labelled(Layer::Roads);
    layers.segments = labelled(Layer::RoadSegments);
    layers.clearOfRisks = draws(tableOf(Layer::RiskPoints), ctx.viewport);
    if (ctx.isCancelled() || (!layers.streets && !layers.roads && !layers.segments))
        return;
    ctx.districtStyle = &m_style;
    ctx.painter.save();
    ctx.painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(ctx.viewport.size())), Qt::IntersectClip);
    render::paintLabels(ctx, layers);
    ctx.painter.restore();
}

RenderStats MapRenderer::render(QPainter &painter, const MapViewport &viewport, const JobTicket &job) const
{
    RenderStats stats;
    if (!viewport.isValid() || !m_snapshot)
        return stats;
    const Gathered gathered = gatherComponents(viewport, job);
    render::RenderContext ctx{painter, viewport, *m_snapshot, job, stats};
    gathered.into(ctx);
    paintLayers(ctx);
    paintLabels(ctx);
    return stats;
}

int MapRenderer::bandSplit(const MapViewport &viewport)
{
    // Worth a second thread only for a picture of some size; and the bands must meet on a whole device
    // pixel, which some fractional device pixel ratios allow only on every few rows.
    const int height = viewport.size().height();
    if (height < 64 || viewport.size().width() * height < 100000)
        return 0;
    const double ratio = viewport.devicePixelRatio();
    for (int row = height / 2; row < height / 2 + 8; ++row)
        if (std::abs(row * ratio - std::round(row * ratio)) < 1e-9)
            return row;
    return 0;
}

RenderStats MapRenderer::paintInBands(QImage &image, const MapViewport &viewport, int split,
                                      const Gathered &gathered, const JobTicket &job) const
{
    // The rows above and below `split` are drawn at once, each by its own painter on its part of the
    // image: two cores fill a picture in about half the time. Each band is a viewport of its own, so
    // every painter culls and draws just as for a whole picture.
    const double ratio = viewport.devicePixelRatio();
    const int height = viewport.size().height();
    std::array<RenderStats, render::kRenderBands> bandStats;
    render::runBands([&](int band) {
        const int top = band == 0 ? 0 : split, bottom = band == 0 ? split : height;
        const int deviceTop = qRound(top * ratio);
        const int deviceBottom = band == 0 ? qRound(split * ratio) : image.height();
        QImage part(image.bits() + qsizetype(deviceTop) * image.bytesPerLine(), image.width(),
                    deviceBottom - deviceTop, image.bytesPerLine(), image.format());
        part.setDevicePixelRatio(ratio);
        const QSize size(viewport.size().width(), bottom - top);
        const MapViewport bandView(viewport.toMap(QPointF(size.width() / 2.0, top + size.height() / 2.0)),
                                   viewport.mapUnitsPerPixel(), size, ratio);
        QPainter painter(&part);
        render::RenderContext ctx{painter, bandView, *m_snapshot, job, bandStats[size_t(band)]};
        ctx.pixels = &part;
        gathered.into(ctx);
        ctx.bandTop = top;
        // Each band counts the features whose top edge is in its rows, the first also those above.
        if (band == 0)
            ctx.countTo = split;
        else
            ctx.countFrom = 0;
        ctx.countsComponents = band == 0;
        paintLayers(ctx);
    });
    RenderStats stats;
    for (const RenderStats &band : bandStats) {
        for (auto it = band.featuresRead.cbegin(); it != band.featuresRead.cend(); ++it)
            stats.featuresRead[it.key()] += it.value();
        stats.componentMarks += band.componentMarks;
        for (const QString &error : band.basemapErrors)
            if (!stats.basemapErrors.contains(error))
                stats.basemapErrors.append(error);
        stats.cancelled = stats.cancelled || band.cancelled;
    }
    return stats;
}

QImage MapRenderer::renderImage(const MapViewport &viewport, const JobTicket &job, RenderStats *stats) const
{
    QImage image(viewport.deviceSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(viewport.devicePixelRatio());
    RenderStats result;
    if (!m_snapshot || !viewport.isValid()) {
        image.fill(map_style::background());
    } else {
        const Gathered gathered = gatherComponents(viewport, job);
        const int split = bandSplit(viewport);
        if (split > 0) {
            result = paintInBands(image, viewport, split, gathered, job);
        } else {
            QPainter painter(&image);
            render::RenderContext ctx{painter, viewport, *m_snapshot, job, result};
            // The renderer made this picture and nothing transforms its painter: symbols may go straight
            // into its pixels.
            ctx.pixels = &image;
            gathered.into(ctx);
            paintLayers(ctx);
        }
        // Names last, over the whole picture: one may cross the bands' seam, and none may cover another.
        QPainter painter(&image);
        render::RenderContext ctx{painter, viewport, *m_snapshot, job, result};
        paintLabels(ctx);
    }
    if (stats)
        *stats = result;
    return image;
}

} // namespace uo
