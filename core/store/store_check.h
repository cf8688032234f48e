#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace uo {

class DistrictStore;

// What is wrong inside a district file, each problem as one sentence; empty when nothing is. Read-only:
// nothing is repaired.
class StoreCheck
{
    Q_DECLARE_TR_FUNCTIONS(uo::StoreCheck)

public:
    // SQLite's quick check (every page and b-tree, not the index contents): what `info` and the
    // workstation run after opening; seconds on a whole district.
    static QStringList quick(DistrictStore &store);
    // SQLite's full integrity check, the foreign keys, and the store's own invariants: each map layer
    // registered with SpatiaLite in the store CRS with a spatial index that matches its rows, its change
    // counter and the triggers that keep it, and the component point cache not newer than the layer.
    static QStringList full(DistrictStore &store);

private:
    static QStringList pragmaProblems(DistrictStore &store, const QByteArray &pragma);
    static QStringList invariants(DistrictStore &store);
};

} // namespace uo
