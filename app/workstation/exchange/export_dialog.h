#pragma once

#include "core/jobs/job_tracker.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace uo {

class FeatureSelection;

// Export of a map layer, or only its selected features, to GeoPackage, Shapefile, GeoJSON, KML, CSV or
// DXF (by the file's extension), in the store CRS or another; in a worker, with progress and Cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &storePath, int storeSrid, const FeatureSelection *selection,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setLayer(const QString &table);
    void setFile(const QString &path);
    void setSelectedOnly(bool on);
    void startExport();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString lastMessage() const;

signals:
    void exportFinished(bool ok);

protected:
    void reject() override;

private:
    struct Outcome
    {
        qint64 written = 0;
        QString error;
    };
    void chooseFile();
    void updateSelectionCount();
    void finished();
    void setBusy(bool busy);

    QString m_storePath;
    int m_storeSrid;
    const FeatureSelection *m_selection;
    QFutureWatcher<Outcome> m_watcher;
    JobTracker m_jobs; // Cancel withdraws the running export

    QComboBox *m_layer, *m_crs;
    QCheckBox *m_selectedOnly;
    QLineEdit *m_file;
    QPushButton *m_browse, *m_export;
    QLabel *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
};

} // namespace uo
