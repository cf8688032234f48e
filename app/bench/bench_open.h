#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <memory>

namespace uo {
class DistrictStore;
class MapSnapshot;
} // namespace uo

namespace uo::cli {

// What the workstation does when a district is opened, until its first full frame: the store opened
// (a file or a server address), the map snapshot loaded, the whole district drawn on a screen.
struct OpenedDistrict
{
    std::unique_ptr<DistrictStore> store;
    std::shared_ptr<const MapSnapshot> snapshot;
    QList<double> openMs;      // store and snapshot, per run
    QList<double> firstFullMs; // the first full frame after each open
};

// `runs` opens, each afresh; the district of the last one stays open for further figures.
OpenedDistrict openForDrawing(const QString &address, int runs, QSize screen);

} // namespace uo::cli
