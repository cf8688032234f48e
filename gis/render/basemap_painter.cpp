#include "render_context.h"

#include <QPainter>

namespace uo::render {

void paintBasemaps(RenderContext &ctx)
{
    if (!ctx.basemaps)
        return;
    QPainter &p = ctx.painter;
    const QRectF picture(QPointF(0, 0), QSizeF(ctx.viewport.size()));
    for (const Basemap &basemap : *ctx.basemaps) {
        if (ctx.isCancelled())
            return;
        QString error;
        // GDAL warps the view's part of the picture into the store CRS, at the device's pixels, and
        // stops when the render is withdrawn.
        const QImage image = BasemapRaster::warpToView(basemap, ctx.snapshot.srid(), ctx.viewport,
                                                       ctx.basemapNetwork, ctx.cancel, &error);
        if (!error.isEmpty() && !ctx.stats.basemapErrors.contains(error))
            ctx.stats.basemapErrors.append(error);
        if (image.isNull())
            continue;
        p.save();
        p.setOpacity(p.opacity() * basemap.opacity);
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(picture, image);
        p.restore();
    }
}

} // namespace uo::render
