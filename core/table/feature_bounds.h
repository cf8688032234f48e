#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

namespace uo {

class DistrictStore;

// The bounding rectangle, in the store CRS, of some features of a map layer: what "zoom to rows"
// shows. A point has an empty rectangle at its place; callers widen it to a sensible view. Nothing
// when none of the ids has a geometry.
std::optional<QRectF> featureBounds(DistrictStore &store, const QString &table, const QList<qint64> &ids);

} // namespace uo
