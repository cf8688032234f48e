#include "gis/basemap/basemap_fetcher.h"

#include "gis/basemap/basemap_raster.h"

#include <QtConcurrent/QtConcurrentRun>

namespace uo {

BasemapFetcher::BasemapFetcher(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

BasemapFetcher::~BasemapFetcher()
{
    cancel();
    m_pool.waitForDone();
}

void BasemapFetcher::fetch(const QList<Basemap> &basemaps, int storeSrid, const MapViewport &view)
{
    QList<Basemap> services;
    for (const Basemap &basemap : basemaps)
        if (basemap.isNetwork())
            services.append(basemap);
    if (services.isEmpty() || !view.isValid() || (services == m_lastBasemaps && view == m_lastView))
        return;
    m_lastBasemaps = services;
    m_lastView = view;
    const JobTicket ticket = m_jobs.start(); // the fetch of the view before stops
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_running = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        if (m_running == watcher)
            m_running = nullptr;
        if (!ticket.isCurrent())
            return; // withdrawn: a newer view is being fetched
        const Outcome outcome = watcher->result();
        if (!outcome.reached && m_lastReached)
            emit unreachable(outcome.error);
        m_lastReached = outcome.reached;
        if (outcome.reached)
            emit fetched();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [services, storeSrid, view, ticket] {
        Outcome outcome;
        for (const Basemap &basemap : services) {
            QString error;
            // The picture itself is thrown away: reading it through GDAL puts its tiles in the cache,
            // from which the map is then drawn.
            BasemapRaster::warpToView(basemap, storeSrid, view, BasemapRaster::Network::Fetch, ticket,
                                      &error);
            if (!ticket.isCurrent())
                break;
            if (!BasemapRaster::lastFetchReached(basemap)) {
                outcome.reached = false;
                if (outcome.error.isEmpty())
                    outcome.error = error;
            }
        }
        return outcome;
    }));
}

void BasemapFetcher::cancel()
{
    m_jobs.cancelAll();
    m_running = nullptr;
}

} // namespace uo
