#pragma once

#include "core/jobs/job_tracker.h"

#include <QMetaObject>
#include <QPointer>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

class QObject;

namespace uo {

class DistrictStore;

// A thread with its own read-only connection to a store, running jobs one after another. SQLite
// connections are not shared between threads, and WAL lets these readers work alongside the
// window's writer. Jobs are handed over by value; results go back however the job likes (usually a
// queued call to a QObject, which Qt drops if that object has gone).
class StoreWorker
{
public:
    using Job = std::function<void(DistrictStore &)>;
    // Called on the worker thread when the store cannot be opened or a job throws.
    using ErrorHandler = std::function<void(const QString &message)>;

    StoreWorker(const QString &storePath, ErrorHandler onError);
    // An error handler that calls `handle(message)` on the thread of `receiver` (a model or a dock that
    // owns the worker), provided the receiver still exists by then.
    static ErrorHandler queuedTo(QObject *receiver, std::function<void(const QString &message)> handle);
    // Waits for the running job; pending ones are dropped.
    ~StoreWorker();
    StoreWorker(const StoreWorker &) = delete;
    StoreWorker &operator=(const StoreWorker &) = delete;

    void post(Job job);
    // "The newest request wins" in one call: `read(store)` runs on the worker, and its result goes to
    // `deliver(result)` on the thread of `receiver`, unless the receiver is gone or `ticket` has gone
    // stale meanwhile (a newer request of its JobTracker). A stale ticket also skips the read.
    template <typename Read, typename Deliver>
    void postLatest(QObject *receiver, JobTicket ticket, Read read, Deliver deliver);
    // Drops the jobs not yet started.
    void clearPending();

private:
    void run();

    QString m_path;
    ErrorHandler m_onError;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;
};

template <typename Read, typename Deliver>
void StoreWorker::postLatest(QObject *receiver, JobTicket ticket, Read read, Deliver deliver)
{
    const QPointer<QObject> target(receiver);
    post([target, ticket, read = std::move(read), deliver = std::move(deliver)](DistrictStore &store) {
        if (!ticket.isCurrent())
            return;
        auto result = read(store);
        QObject *alive = target.data();
        if (!alive)
            return;
        QMetaObject::invokeMethod(
            alive,
            [target, ticket, deliver, result = std::move(result)] {
                if (target && ticket.isCurrent())
                    deliver(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace uo
