#include "app/workstation/exchange/import_job.h"

#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace uo {

ImportJob::ImportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportJob::finished);
}

ImportJob::~ImportJob()
{
    m_jobs.cancelAll();
    m_watcher.waitForFinished();
}

void ImportJob::start(const QString &storePath, const LayerImport::Options &options, bool write,
                      bool acceptProblems)
{
    LayerImport::Options o = options;
    o.job = m_jobs.start();
    // Progress crosses to the GUI thread as a queued signal.
    o.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([storePath, o, write, acceptProblems] {
        Outcome outcome;
        try {
            auto store = DistrictStore::open(storePath, DistrictStore::Access::ReadWrite);
            outcome.report =
                write ? LayerImport::run(*store, o, acceptProblems) : LayerImport::check(*store, o);
        } catch (const Error &e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

} // namespace uo
