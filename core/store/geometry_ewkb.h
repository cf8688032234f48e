#pragma once

#include "core/store/geometry_blob.h"

#include <QByteArray>
#include <optional>

namespace uo {

// PostGIS's extended WKB (EWKB: OGC WKB with the SRID in the header), 2D, as PostGIS sends and receives
// geometry in binary COPY and binary query results. Written little endian; read in either byte order.
namespace geometry_ewkb {
QByteArray encode(const Geometry &geometry);
std::optional<Geometry> decode(const char *data, int size);

// Between the store's SpatiaLite blobs and EWKB, coordinates unchanged bit for bit; empty when the
// input is not a 2D geometry of a kind the store holds.
QByteArray fromStoreBlob(const char *data, int size);
QByteArray toStoreBlob(const char *data, int size);
} // namespace geometry_ewkb

} // namespace uo
