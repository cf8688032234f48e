#include "gis/report_layout/map_image.h"

#include "gis/render/layer_style.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_viewport.h"

#include <cmath>

namespace uo::report {

QImage mapImage(std::shared_ptr<const MapSnapshot> snapshot, const DistrictStyle &style,
                const QSet<QString> &layers, const MapViewport &view, int dpi)
{
    MapRenderer renderer(std::move(snapshot));
    renderer.setStyle(style);
    if (!layers.isEmpty())
        renderer.setVisibleLayers(layers);
    // The same logical pixels as the screen's: symbols and names keep their size relative to the map.
    MapViewport print(view.centre(), view.mapUnitsPerPixel(), view.size(), dpi / 96.0);
    QImage image = renderer.renderImage(print);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(1.0);
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return image;
}

} // namespace uo::report
