#pragma once

#include "core/store/geometry_blob.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace uo {

class DistrictStore;

// Whole-layer reads of geometry that an import, a hint or a snapshot measures against.
namespace feature_geometries {

// The district's own outline (district_boundary of kind 'district'); nothing when the store has none.
std::optional<Geometry> districtArea(DistrictStore &store);
// Every geometry of `table` that can be read, in identifier order.
QList<Geometry> all(DistrictStore &store, const QString &table);
// Each layer's change counter (layer_versions, kept by the store's triggers); empty for stores made
// before there was one.
QHash<QString, qint64> layerVersions(DistrictStore &store);

} // namespace feature_geometries
} // namespace uo
