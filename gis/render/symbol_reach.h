#pragma once

#include <QHash>
#include <QString>

namespace uo {

struct DistrictStyle;

// How far from its geometry each layer's features are drawn, in map units, at `mapUnitsPerPixel` with
// `style`: half a point symbol with its outline (risk points, shops, components), half a line (roads,
// segments); nothing for areas, which are hit inside. Identify and select add it to their few pixels
// of tolerance (featuresAt's `reach`), so that a click on the edge of a symbol as drawn finds it.
QHash<QString, double> symbolReach(const DistrictStyle &style, double mapUnitsPerPixel);

} // namespace uo
