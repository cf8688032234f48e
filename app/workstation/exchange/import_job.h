#pragma once

#include "gis/io/layer_import.h"

#include <QFutureWatcher>
#include <QObject>

namespace uo {

// Runs a layer import's check or the import itself in a worker thread, through a connection of its own
// to the store file, so that the window stays live and the user can cancel. One job at a time.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        LayerImport::Report report;
        QString error; // the file or the store could not be read or written at all
    };

    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    // write false: check only; true: import, leaving out the features with problems when acceptProblems.
    void start(const QString &storePath, const LayerImport::Options &options, bool write,
               bool acceptProblems);
    void cancel() { m_jobs.cancelAll(); }
    bool isRunning() const { return m_watcher.isRunning(); }
    Outcome outcome() const { return m_watcher.result(); }

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    QFutureWatcher<Outcome> m_watcher;
    JobTracker m_jobs; // the cancel button withdraws the running job
};

} // namespace uo
