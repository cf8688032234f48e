#include "gis/render/render_scheduler.h"

#include <QtConcurrent/QtConcurrentRun>

namespace uo {

RenderScheduler::RenderScheduler(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

RenderScheduler::~RenderScheduler()
{
    // No signals from here on: whoever listens may already be half destroyed.
    if (m_latestCancel)
        m_latestCancel->store(true);
    m_pool.waitForDone();
}

quint64 RenderScheduler::request(const RenderRequest &request)
{
    if (m_latestCancel)
        m_latestCancel->store(true);
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_latestCancel = cancelFlag;
    const quint64 id = ++m_latestId;
    const bool wasBusy = isBusy();
    m_latestDone = false;

    auto *watcher = new QFutureWatcher<RenderResult>(this);
    connect(watcher, &QFutureWatcher<RenderResult>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        jobDone(id, watcher->result());
    });
    // The flag is shared with the worker so that it outlives whichever side finishes first.
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [request, cancelFlag] { return runRenderJob(request, cancelFlag.get()); }));
    if (!wasBusy)
        emit busyChanged(true);
    return id;
}

void RenderScheduler::cancel()
{
    if (m_latestCancel)
        m_latestCancel->store(true);
    if (!m_latestDone) {
        m_latestDone = true;
        emit busyChanged(false);
    }
}

void RenderScheduler::waitForIdle()
{
    m_pool.waitForDone();
}

void RenderScheduler::jobDone(quint64 id, const RenderResult &result)
{
    if (id != m_latestId || m_latestDone)
        return;
    m_latestDone = true;
    if (!result.error.isEmpty())
        emit failed(id, result.error);
    else if (!result.stats.cancelled)
        emit finished(id, result);
    emit busyChanged(false);
}

} // namespace uo
