#pragma once

#include <QPointF>

namespace uo::gcj02 {

// GCJ-02, the obfuscated datum of Chinese web maps (AMap, DataV), from and to WGS84 lon/lat in degrees.
// The forward formula is the public one; the inverse is found by fixed-point iteration to < 1e-9°.
// CGCS2000 and WGS84 agree to a few centimetres, well below this offset of several hundred metres.
QPointF fromWgs84(QPointF lonLat);
QPointF toWgs84(QPointF gcjLonLat);

} // namespace uo::gcj02
