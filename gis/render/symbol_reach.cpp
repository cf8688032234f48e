#include "gis/render/symbol_reach.h"

#include "gis/render/layer_style.h"
#include "gis/render/map_style.h"

#include <algorithm>

namespace uo {

QHash<QString, double> symbolReach(const DistrictStyle &style, double perPixel)
{
    const auto factor = [&](const char *table) {
        const LayerStyle *layer = style.layer(QLatin1String(table));
        return layer ? layer->sizeFactor : 1.0;
    };
    QHash<QString, double> reach;
    // Pixels from the centre to the outer edge, as the painters draw them (outlines included).
    reach.insert(QStringLiteral("risk_points"),
                 map_style::riskRadiusPixels(perPixel) * factor("risk_points") + 1.0);
    reach.insert(QStringLiteral("shops"), map_style::shopSizePixels(perPixel) * factor("shops") / 2.0 + 0.5);
    double dot = map_style::componentDotPixels(perPixel);
    if (dot >= 2.0)
        dot = std::max(2.0, dot * factor("components"));
    // A defect's disc is a pixel larger, with an outline, at street scales.
    reach.insert(QStringLiteral("components"), dot >= 3.0 ? (dot + 1.0) / 2.0 + 1.0 : dot / 2.0);
    double road = 0;
    for (const QString &grade : classKeys(QStringLiteral("roads"))) {
        const map_style::RoadStyle s = map_style::roadStyle(grade);
        road = std::max(road, std::max(s.minWidthPixels, s.widthMetres / perPixel));
    }
    reach.insert(QStringLiteral("roads"), road * factor("roads") / 2.0);
    reach.insert(QStringLiteral("road_segments"),
                 map_style::segmentWidthPixels(perPixel) * factor("road_segments") / 2.0);
    for (auto it = reach.begin(); it != reach.end(); ++it)
        it.value() *= perPixel;
    return reach;
}

} // namespace uo
