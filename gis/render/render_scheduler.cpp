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
    m_jobs.cancelAll();
    m_pool.waitForDone();
}

quint64 RenderScheduler::request(const RenderRequest &request)
{
    const JobTicket ticket = m_jobs.start(); // the request before this one stops drawing
    const quint64 id = ++m_latestId;
    const bool wasBusy = isBusy();
    m_latestDone = false;

    auto *watcher = new QFutureWatcher<RenderResult>(this);
    connect(watcher, &QFutureWatcher<RenderResult>::finished, this, [this, watcher, id, ticket] {
        watcher->deleteLater();
        jobDone(id, ticket, watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [request, ticket] { return runRenderJob(request, ticket); }));
    if (!wasBusy)
        emit busyChanged(true);
    return id;
}

void RenderScheduler::cancel()
{
    m_jobs.cancelAll();
    if (!m_latestDone) {
        m_latestDone = true;
        emit busyChanged(false);
    }
}

void RenderScheduler::waitForIdle()
{
    m_pool.waitForDone();
}

void RenderScheduler::jobDone(quint64 id, const JobTicket &ticket, const RenderResult &result)
{
    // A withdrawn request's picture, or what a cancelled one left, is nobody's any more.
    if (!ticket.isCurrent())
        return;
    m_latestDone = true;
    if (!result.error.isEmpty())
        emit failed(id, result.error);
    else if (!result.stats.cancelled)
        emit finished(id, result);
    emit busyChanged(false);
}

} // namespace uo
