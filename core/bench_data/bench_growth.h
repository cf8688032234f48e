#pragma once

#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>

namespace uo {

class DistrictStore;

// The benchmarks' own reads and writes on their private copy of a district (never on a user's store).
namespace bench_data {

// Adds copies of the district's cases, each round a year earlier, until there are `target`; returns how
// many cases there are then. One transaction.
qint64 growCases(DistrictStore &store, qint64 target);
// Adds copies of the district's permits, accepted and each round 97 days earlier, until there are
// `target`; returns how many permits there are then. One transaction.
qint64 growPermits(DistrictStore &store, qint64 target);
// A case in the street with the most cases; `otherwise` when there are none.
QPointF busiestStreetCase(DistrictStore &store, QPointF otherwise);
// Every identifier of `table`, ascending.
QList<qint64> ids(DistrictStore &store, const QString &table);
// The points of the first `limit` point features of `table` by identifier.
QList<QPair<qint64, QPointF>> firstPoints(DistrictStore &store, const QString &table, int limit);
// How many audit rows name `operatorName`.
qint64 auditRows(DistrictStore &store, const QString &operatorName);
// Deletes every feature of `table` through a bulk load (its spatial index emptied with it), so that an
// import timed next finds its identifiers free.
void emptyLayer(DistrictStore &store, const QString &table);

} // namespace bench_data
} // namespace uo
