#pragma once

#include "gis/render/render_job.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace uo {

// Runs render requests off the GUI thread. Only the newest request matters: a new one cancels the one
// before it, and only the newest one's result is reported. Rendering uses a thread of its own so that
// other background work (counting features, exports) never waits behind a map redraw.
class RenderScheduler : public QObject
{
    Q_OBJECT

public:
    explicit RenderScheduler(QObject *parent = nullptr);
    // Cancels what is running and waits for it: no worker may be left drawing for a window that is gone.
    ~RenderScheduler() override;

    // Returns the request's number, increasing; the signals carry it.
    quint64 request(const RenderRequest &request);
    void cancel();
    // Blocks until every started job has ended; their results are dropped.
    void waitForIdle();
    bool isBusy() const { return !m_latestDone; }

signals:
    void finished(quint64 id, const uo::RenderResult &result);
    void failed(quint64 id, const QString &message);
    void busyChanged(bool busy);

private:
    void jobDone(quint64 id, const RenderResult &result);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_latestCancel;
    quint64 m_latestId = 0;
    bool m_latestDone = true;
};

} // namespace uo

Q_DECLARE_METATYPE(uo::RenderResult)
