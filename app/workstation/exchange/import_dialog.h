#pragma once

#include "app/workstation/exchange/import_job.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace uo {

class DistrictStore;
class ImportSource;
class MappingEditor;

// Import of a layer from another department's file, with the choices of `urbanops-cli import`: the
// file (and its layer, and for a Shapefile its text encoding), the coordinate system when the file
// has none or lies (and x and y swapped), the store layer, the field mapping with the file's own
// words for coded values (remembered for files with the same fields), identifiers made for features
// without one, and what happens to features already in the store. Check reads everything and lists
// each feature that cannot come in and why, and what the file seems to be if its coordinate system
// looks wrong; Import writes the others in one transaction once the user has seen that list. Both run
// in a worker with progress and Cancel; a cancel changes nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(DistrictStore &store, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSourceFile(const QString &path);
    void setTargetTable(const QString &table);
    MappingEditor *mappingEditor() const { return m_mapping; }
    bool canImport() const;
    const LayerImport::Report &lastReport() const { return m_report; }
    QString lastError() const { return m_error; }

    void startCheck();
    // Imports; when the check found problems, acceptProblems must be true (the button asks the user).
    void startImport(bool acceptProblems);
    void cancel();
    bool isRunning() const { return m_job.isRunning(); }

signals:
    void checkFinished();
    void importFinished(const QString &table, qint64 imported);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void chooseFile();
    void openSource();
    void refillCrs();
    void refillMapping();
    void mappingEdited();
    void importClicked();
    void jobFinished();
    void setBusy(bool busy);
    void showReport();
    void retranslate();
    LayerImport::Options options() const;
    QString memoryKey() const;

    DistrictStore &m_store;
    ImportJob m_job;
    std::unique_ptr<ImportSource> m_source;
    QStringList m_fields;
    LayerImport::Report m_report;
    QString m_error;
    bool m_checked = false, m_writing = false;

    QLabel *m_fileLabel, *m_layerLabel, *m_encodingLabel, *m_crsLabel, *m_tableLabel, *m_mappingLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_layer, *m_encoding, *m_crs, *m_table, *m_duplicates;
    QCheckBox *m_swapAxes, *m_generateIds;
    QLabel *m_duplicatesLabel;
    QLabel *m_info;
    MappingEditor *m_mapping;
    QLabel *m_summary;
    QPlainTextEdit *m_problems;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_check, *m_import, *m_cancel;
};

} // namespace uo
