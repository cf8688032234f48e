#include "gis/render/symbol_reach.h"

#include "core/store/layers.h"

#include "gis/render/case_style.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_style.h"

#include <algorithm>

namespace uo {

QHash<QString, double> symbolReach(const DistrictStyle &style, double perPixel)
{
    const auto factor = [&](Layer table) {
        const LayerStyle *layer = style.layer(tableOf(table));
        return layer ? layer->sizeFactor : 1.0;
    };
    QHash<QString, double> reach;
    // Pixels from the centre to the outer edge, as the painters draw them (outlines included).
    reach.insert(tableOf(Layer::RiskPoints),
                 map_style::riskRadiusPixels(perPixel) * factor(Layer::RiskPoints) + 1.0);
    reach.insert(
        tableOf(Layer::Cases),
        case_style::diameterPixels(QStringLiteral("overdue"), perPixel) * factor(Layer::Cases) / 2.0 + 1.0);
    reach.insert(tableOf(Layer::Shops),
                 map_style::shopSizePixels(perPixel) * factor(Layer::Shops) / 2.0 + 0.5);
    const double dot = std::max(2.0, map_style::componentDotPixels(perPixel) * factor(Layer::Components));
    // A defect's disc is a pixel larger, with an outline.
    reach.insert(tableOf(Layer::Components), (dot + 1.0) / 2.0 + 1.0);
    double road = 0;
    for (const QString &grade : classKeys(tableOf(Layer::Roads))) {
        const map_style::RoadStyle s = map_style::roadStyle(grade);
        road = std::max(road, std::max(s.minWidthPixels, s.widthMetres / perPixel));
    }
    reach.insert(tableOf(Layer::Roads), road * factor(Layer::Roads) / 2.0);
    reach.insert(tableOf(Layer::RoadSegments),
                 map_style::segmentWidthPixels(perPixel) * factor(Layer::RoadSegments) / 2.0);
    for (auto it = reach.begin(); it != reach.end(); ++it)
        it.value() *= perPixel;
    return reach;
}

} // namespace uo
