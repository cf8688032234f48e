#pragma once

#include "gis/map_snapshot/feature_lookup.h"

#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>

namespace uo {

// The features a rectangle or a polygon drawn on the map takes in, for selecting by area. A point is
// taken when it lies inside (or on the edge); a line or an area when any part of it lies inside, as a
// rubber band over part of a road selects the road. Only the layers in `tables` are searched; every map
// layer when it is empty. Reads only the snapshot: components come from their packed points.
using FeatureIds = QHash<QString, QSet<qint64>>;

FeatureIds featuresInRect(const MapSnapshot &snapshot, const QRectF &rect, const QSet<QString> &tables = {});
// `polygon` in map coordinates, closed or not; fewer than three corners take nothing.
FeatureIds featuresInPolygon(const MapSnapshot &snapshot, const QPolygonF &polygon,
                             const QSet<QString> &tables = {});

} // namespace uo
