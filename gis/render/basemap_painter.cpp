#include "gis/render/render_context.h"

#include <QPainter>

namespace uo::render {

void paintBasemaps(RenderContext &ctx)
{
    if (!ctx.basemaps)
        return;
    QPainter &p = ctx.painter;
    for (const Basemap &basemap : *ctx.basemaps) {
        if (ctx.isCancelled())
            return;
        QString error;
        // GDAL warps the view's part of the picture into the store CRS, at the device's pixels, and
        // stops when the render is withdrawn.
        BasemapRaster::Picture part = BasemapRaster::warpToView(basemap, ctx.snapshot.srid(), ctx.viewport,
                                                                ctx.basemapNetwork, ctx.job, &error);
        if (!error.isEmpty() && !ctx.stats.basemapErrors.contains(error))
            ctx.stats.basemapErrors.append(error);
        if (part.image.isNull())
            continue;
        // QPainter's fast scaling and blending take premultiplied pixels; GDAL gives straight ones.
        part.image.convertTo(QImage::Format_ARGB32_Premultiplied);
        p.save();
        p.setOpacity(p.opacity() * basemap.opacity);
        // A raster read at its own resolution is scaled the rest of the way here, smoothly.
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(part.target, part.image);
        p.restore();
    }
}

} // namespace uo::render
