#pragma once

#include "core/basemap/basemaps.h"
#include "core/jobs/job_tracker.h"
#include "gis/render/map_viewport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace uo {

// Fetches the tiles of the tile services a view shows into their disk cache, on a thread of its own,
// while the map is drawn from what the cache already holds; when tiles came, the map is drawn again
// (fetched()). Only the newest view matters (a JobTracker): a new request withdraws the one before. A service
// that does not answer leaves the cache as it is and says so once (unreachable()), not at every pan.
class BasemapFetcher : public QObject
{
    Q_OBJECT

public:
    explicit BasemapFetcher(QObject *parent = nullptr);
    // Withdraws what is running and waits for it.
    ~BasemapFetcher() override;

    // Fetches the tile services among `basemaps` for `view`; nothing when the same view and basemaps
    // were fetched last or there is no tile service among them.
    void fetch(const QList<Basemap> &basemaps, int storeSrid, const MapViewport &view);
    void cancel();
    bool isBusy() const { return m_running != nullptr; }

signals:
    // Tiles of the last view are in the cache now.
    void fetched();
    // A service did not answer; `message` says which and what GDAL said.
    void unreachable(const QString &message);

private:
    struct Outcome
    {
        bool reached = true;
        QString error;
    };

    QThreadPool m_pool;
    JobTracker m_jobs;
    QFutureWatcher<Outcome> *m_running = nullptr;
    QList<Basemap> m_lastBasemaps;
    MapViewport m_lastView;
    bool m_lastReached = true;
};

} // namespace uo
