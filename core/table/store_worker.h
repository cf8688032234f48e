#pragma once

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

class QObject;

namespace uo {

namespace sql {
class Database;
}

// A thread with its own read-only connection to a store, running jobs one after another. SQLite
// connections are not shared between threads, and WAL lets these readers work alongside the
// window's writer. Jobs are handed over by value; results go back however the job likes (usually a
// queued call to a QObject, which Qt drops if that object has gone).
class StoreWorker
{
public:
    using Job = std::function<void(sql::Database &)>;
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

} // namespace uo
