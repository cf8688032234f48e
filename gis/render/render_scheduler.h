#pragma once

#include "core/jobs/job_tracker.h"
#include "gis/render/render_job.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace uo {

// Runs render requests off the GUI thread. Only the newest request matters (a JobTracker): a new one
// withdraws the one before it, which stops drawing, and only the newest one's result is reported. Rendering
// uses a thread of its own so that other background work (counting features, exports) never waits behind a
// map redraw.
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
    void jobDone(quint64 id, const JobTicket &ticket, const RenderResult &result);

    QThreadPool m_pool;
    JobTracker m_jobs;
    quint64 m_latestId = 0;
    bool m_latestDone = true;
};

} // namespace uo

Q_DECLARE_METATYPE(uo::RenderResult)
