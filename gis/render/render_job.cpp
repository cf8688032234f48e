#include "render_job.h"

#include "store/district_store.h"
#include "store/store_error.h"

#include <exception>

namespace uo {

RenderResult runRenderJob(const RenderRequest &request, const std::atomic<bool> *cancel)
{
    RenderResult result;
    result.viewport = request.viewport;
    // A request overtaken while it waited in the queue need not even open the file.
    if (cancel && cancel->load()) {
        result.stats.cancelled = true;
        return result;
    }
    try {
        auto store = DistrictStore::open(request.storePath, DistrictStore::Access::ReadOnly);
        MapRenderer renderer(*store);
        renderer.setVisibleLayers(request.visibleLayers);
        QImage image = renderer.renderImage(request.viewport, cancel, &result.stats);
        if (!result.stats.cancelled)
            result.image = std::move(image);
    } catch (const StoreError &error) {
        result.error = error.message();
    } catch (const std::exception &error) {
        // Anything else must not cross into the GUI thread, where the result is read, as an exception.
        result.error = QString::fromLocal8Bit(error.what());
    }
    return result;
}

} // namespace uo
