#include "gis/render/render_job.h"

#include "gis/map_snapshot/map_snapshot.h"

#include <QCoreApplication>
#include <exception>

namespace uo {

RenderResult runRenderJob(const RenderRequest &request, const JobTicket &job)
{
    RenderResult result;
    result.viewport = request.viewport;
    // A request overtaken while it waited in the queue need not start.
    if (!job.isCurrent()) {
        result.stats.cancelled = true;
        return result;
    }
    if (!request.snapshot) {
        result.error = QCoreApplication::translate("uo::RenderJob", "No district map is loaded.");
        return result;
    }
    try {
        MapRenderer renderer(request.snapshot);
        renderer.setVisibleLayers(request.visibleLayers);
        renderer.setStyle(request.style);
        renderer.setBasemaps(request.basemaps);
        QImage image = renderer.renderImage(request.viewport, job, &result.stats);
        if (image.isNull() && request.viewport.isValid()) {
            const QSize size = request.viewport.deviceSize();
            result.error =
                QCoreApplication::translate("uo::RenderJob", "There is not enough memory for a picture of "
                                                             "%1 \u00d7 %2 pixels.")
                    .arg(size.width())
                    .arg(size.height());
        } else if (!result.stats.cancelled) {
            result.image = std::move(image);
        }
    } catch (const std::exception &error) {
        // Nothing may cross into the GUI thread, where the result is read, as an exception.
        result.error = QString::fromLocal8Bit(error.what());
    }
    return result;
}

} // namespace uo
