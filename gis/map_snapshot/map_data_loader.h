#pragma once

#include "gis/map_snapshot/map_snapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace uo {

// The outcome of reading a district's map in a worker.
struct MapDataLoad
{
    std::shared_ptr<const MapSnapshot> snapshot; // null when the store could not be read
    QString error;
};

// Reads a district's map into memory in a worker thread, through a connection of its own, once per
// opened district; later, after edits, reads again only the layers that changed. Only the newest
// request's result is reported: one for a district closed meanwhile is dropped.
class MapDataLoader : public QObject
{
    Q_OBJECT

public:
    explicit MapDataLoader(QObject *parent = nullptr);
    // Waits for a running read: the worker's connection must not outlive the program's interest.
    ~MapDataLoader() override;

    void load(const QString &path);
    // A new snapshot sharing the current one's unchanged layers; nothing happens before a first load.
    void reloadChanged();
    void clear();

    bool isBusy() const { return m_busy; }
    const std::shared_ptr<const MapSnapshot> &snapshot() const { return m_snapshot; }

signals:
    void loaded(); // snapshot() is the new one
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void start(const std::shared_ptr<const MapSnapshot> &previous);
    void setBusy(bool busy);

    QString m_path;
    std::shared_ptr<const MapSnapshot> m_snapshot;
    quint64 m_generation = 0;
    bool m_busy = false;
    QList<QFutureWatcher<MapDataLoad> *> m_running;
};

} // namespace uo
