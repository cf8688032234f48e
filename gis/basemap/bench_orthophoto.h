#pragma once

#include <QRectF>
#include <QString>

namespace uo {

// A stand-in orthophoto for the render benchmark (`bench render`), where a district has no basemap of
// its own: a GeoTIFF over `extent` (store CRS), JPEG in tiles of 256 with overviews, as orthophotos
// are delivered, at about 5 m a pixel (at most 8,192 pixels across), its picture a texture of fields,
// blocks and roads that JPEG cannot squeeze to nothing. False, with *error, when it cannot be written.
bool writeBenchOrthophoto(const QString &path, const QRectF &extent, int storeSrid, QString *error);

} // namespace uo
