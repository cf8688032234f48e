#include "map_renderer.h"

#include "layer_query.h"
#include "map_style.h"
#include "pixel_geometry.h"
#include "store/district_store.h"
#include "store/layers.h"

#include <QPainter>
#include <cstring>

namespace uo {

namespace render {

void paintGenericLayer(RenderContext &ctx, const char *table, const char *geometryType)
{
    const QColor grey(0x60, 0x60, 0x60);
    const bool isPoint = std::strstr(geometryType, "POINT") != nullptr;
    const bool isArea = std::strstr(geometryType, "POLYGON") != nullptr;
    LayerQuery query(ctx, table, QByteArray(), 4.0);
    QPainter &p = ctx.painter;
    p.setPen(QPen(grey, isPoint ? 3.0 : 1.0, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    while (query.next()) {
        const auto geometry = query.geometry();
        if (!geometry)
            continue;
        if (isArea) {
            p.drawPath(areaPath(ctx.viewport, *geometry));
            continue;
        }
        for (const QPolygonF &line : linePaths(ctx.viewport, *geometry))
            p.drawPolyline(line);
        if (isPoint)
            for (const Geometry::Part &part : geometry->parts)
                for (const Geometry::Ring &ring : part)
                    for (const QPointF &pt : ring)
                        p.drawPoint(ctx.viewport.toPixel(pt));
    }
}

} // namespace render

namespace {
using Painter = void (*)(render::RenderContext &);

Painter painterFor(const char *table)
{
    static const std::pair<const char *, Painter> painters[] = {
        {"district_boundary", render::paintDistrictBoundary},
        {"streets", render::paintStreets},
        {"grid_cells", render::paintGridCells},
        {"permits", render::paintPermits},
        {"roads", render::paintRoads},
        {"road_segments", render::paintRoadSegments},
        {"components", render::paintComponents},
        {"shops", render::paintShops},
        {"risk_points", render::paintRiskPoints},
    };
    for (const auto &[name, painter] : painters)
        if (std::strcmp(name, table) == 0)
            return painter;
    return nullptr;
}
} // namespace

MapRenderer::MapRenderer(DistrictStore &store) : m_store(store)
{
    for (const LayerInfo &layer : mapLayers())
        m_visible.insert(QString::fromLatin1(layer.table));
}

void MapRenderer::setVisibleLayers(const QSet<QString> &tables)
{
    m_visible = tables;
}

RenderStats MapRenderer::render(QPainter &painter, const MapViewport &viewport, const std::atomic<bool> *cancel)
{
    RenderStats stats;
    if (!viewport.isValid())
        return stats;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(viewport.size())), map_style::background());
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(viewport.size())));

    render::RenderContext ctx{painter, viewport, m_store.db(), m_store.srid(), cancel, stats};
    for (const LayerInfo &layer : mapLayers()) {
        if (ctx.isCancelled())
            break;
        if (!m_visible.contains(QString::fromLatin1(layer.table)))
            continue;
        painter.save();
        if (Painter paint = painterFor(layer.table))
            paint(ctx);
        else
            render::paintGenericLayer(ctx, layer.table, layer.geometryType);
        painter.restore();
    }
    painter.restore();
    return stats;
}

QImage MapRenderer::renderImage(const MapViewport &viewport, const std::atomic<bool> *cancel, RenderStats *stats)
{
    QImage image(viewport.deviceSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(viewport.devicePixelRatio());
    QPainter painter(&image);
    const RenderStats result = render(painter, viewport, cancel);
    if (stats)
        *stats = result;
    return image;
}

} // namespace uo
