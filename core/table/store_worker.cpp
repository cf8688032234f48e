#include "core/table/store_worker.h"

#include "core/sql/database.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QObject>
#include <QPointer>

namespace uo {

StoreWorker::StoreWorker(const QString &storePath, ErrorHandler onError)
    : m_path(storePath), m_onError(std::move(onError)), m_thread([this] { run(); })
{
}

StoreWorker::ErrorHandler StoreWorker::queuedTo(QObject *receiver,
                                                std::function<void(const QString &)> handle)
{
    const QPointer<QObject> target(receiver);
    return [target, handle = std::move(handle)](const QString &message) {
        if (QObject *alive = target.data())
            QMetaObject::invokeMethod(
                alive,
                [target, handle, message] {
                    if (target)
                        handle(message);
                },
                Qt::QueuedConnection);
    };
}

StoreWorker::~StoreWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    m_thread.join();
}

void StoreWorker::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void StoreWorker::clearPending()
{
    std::lock_guard lock(m_mutex);
    m_jobs.clear();
}

void StoreWorker::run()
{
    std::unique_ptr<DistrictStore> store;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        try {
            // Opened on first use, in this thread, so that the connection never changes threads.
            // Through the store's one door, which reads files on read-only media too.
            if (!store)
                store = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
            job(*store);
        } catch (const Error &e) {
            if (m_onError)
                m_onError(e.message());
        } catch (const std::exception &e) {
            if (m_onError)
                m_onError(QString::fromLocal8Bit(e.what()));
        }
    }
}

} // namespace uo
