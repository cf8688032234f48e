#include "gis/map_snapshot/map_data_loader.h"

#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace uo {

namespace {

MapDataLoad readMapData(const QString &path, const std::shared_ptr<const MapSnapshot> &previous)
{
    MapDataLoad result;
    try {
        // Writable where the file allows, so that a rebuilt component point cache is kept for next time.
        const auto store = DistrictStore::open(path, DistrictStore::Access::WriteIfPossible);
        result.snapshot = previous ? MapSnapshot::reloadChanged(previous, *store) : MapSnapshot::load(*store);
    } catch (const Error &error) {
        result.error = error.message();
    } catch (const std::exception &error) {
        // Nothing may cross into the GUI thread, where the result is read, as an exception.
        result.error = QString::fromLocal8Bit(error.what());
    }
    return result;
}

} // namespace

MapDataLoader::MapDataLoader(QObject *parent) : QObject(parent) {}

MapDataLoader::~MapDataLoader()
{
    for (QFutureWatcher<MapDataLoad> *watcher : std::as_const(m_running))
        watcher->waitForFinished();
}

void MapDataLoader::load(const QString &path)
{
    clear();
    m_path = path;
    start(nullptr);
}

void MapDataLoader::reloadChanged()
{
    if (m_path.isEmpty() || !m_snapshot)
        return;
    start(m_snapshot);
}

void MapDataLoader::clear()
{
    m_jobs.cancelAll(); // whatever is running now reports to nobody
    m_path.clear();
    m_snapshot.reset();
    setBusy(false);
}

void MapDataLoader::start(const std::shared_ptr<const MapSnapshot> &previous)
{
    const JobTicket ticket = m_jobs.start();
    auto *watcher = new QFutureWatcher<MapDataLoad>(this);
    m_running.append(watcher);
    connect(watcher, &QFutureWatcher<MapDataLoad>::finished, this, [this, watcher, ticket] {
        m_running.removeOne(watcher);
        watcher->deleteLater();
        if (!ticket.isCurrent())
            return;
        const MapDataLoad result = watcher->result();
        setBusy(false);
        if (!result.error.isEmpty()) {
            emit failed(result.error);
            return;
        }
        const bool changed = result.snapshot != m_snapshot;
        m_snapshot = result.snapshot;
        if (changed)
            emit loaded();
    });
    watcher->setFuture(QtConcurrent::run(readMapData, m_path, previous));
    setBusy(true);
}

void MapDataLoader::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace uo
