#pragma once

#include <QDateTime>
#include <QStringList>

namespace uo {

class DistrictStore;
struct LayerInfo;
namespace sql {
class Statement;
}

// Whole-layer reads that go row by row through a cursor, for code above core that turns each row into
// something else (a feature of an exported file, a feature of the map) and should not hold the rows
// all at once. The statement is built here; the caller only steps through it and reads its columns.
namespace layer_rows {

// `columns` of `table` in that order, then the geometry as WKB, for the rows `where` accepts (an SQL
// condition on the layer's columns that the user wrote for an export; empty: every row).
sql::Statement forExport(DistrictStore &store, const QString &table, const QStringList &columns,
                         const QString &where);

// What the map draws of each feature of `layer`, in drawing order: id, geometry (the store's blob),
// class key (text or null), label (text or null) and, for road segments, the road id (else null).
// Segments come by road and measure, so that their ordinal along the road can be counted. Cases are
// classed as late or not as of `now`.
sql::Statement forMap(DistrictStore &store, const LayerInfo &layer, const QDateTime &now);

} // namespace layer_rows
} // namespace uo
