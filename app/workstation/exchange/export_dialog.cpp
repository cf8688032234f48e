#include "app/workstation/exchange/export_dialog.h"

#include "app/workstation/map_tools/feature_selection.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/layer_export.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace uo {

ExportDialog::ExportDialog(const QString &storePath, int storeSrid, const FeatureSelection *selection,
                           QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_storeSrid(storeSrid), m_selection(selection)
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export a Layer"));
    m_layer = new QComboBox(this);
    for (const LayerInfo &layer : mapLayers())
        m_layer->addItem(layerTitle(layer), QString::fromLatin1(layer.table));
    m_selectedOnly = new QCheckBox(this);
    m_crs = new QComboBox(this);
    m_crs->addItem(tr("The store's: %1").arg(crs::name(storeSrid)), 0);
    for (int code : {crs::kCgcs2000LonLat, crs::kGaussKruger108, crs::kGaussKruger105, crs::kWgs84})
        if (code != storeSrid)
            m_crs->addItem(crs::name(code), code);
    m_file = new QLineEdit(this);
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Layer:"), m_layer);
    form->addRow(QString(), m_selectedOnly);
    form->addRow(tr("&Coordinates in:"), m_crs);
    // A row of two widgets gets no buddy from the form: without one, the label would show its "&".
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSelectionCount);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::finished);
    // Start with the layer that has a selection, if any.
    if (m_selection)
        for (int i = 0; i < m_layer->count(); ++i)
            if (m_selection->count(m_layer->itemData(i).toString()) > 0) {
                m_layer->setCurrentIndex(i);
                break;
            }
    updateSelectionCount();
    resize(560, 260);
}

ExportDialog::~ExportDialog()
{
    m_jobs.cancelAll();
    m_watcher.waitForFinished();
}

void ExportDialog::setLayer(const QString &table)
{
    m_layer->setCurrentIndex(m_layer->findData(table));
}

void ExportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setSelectedOnly(bool on)
{
    m_selectedOnly->setChecked(on);
}

QString ExportDialog::lastMessage() const
{
    return m_message->text();
}

void ExportDialog::updateSelectionCount()
{
    const qint64 n = m_selection ? m_selection->count(m_layer->currentData().toString()) : 0;
    m_selectedOnly->setText(tr("Only the %n selected feature(s)", nullptr, int(n)));
    m_selectedOnly->setEnabled(n > 0);
    if (n == 0)
        m_selectedOnly->setChecked(false);
}

void ExportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export a Layer"), QDir::fromNativeSeparators(m_file->text()),
                                     tr("GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;KML "
                                        "(*.kml);;CSV with WKT (*.csv);;DXF (*.dxf)"));
    if (!path.isEmpty())
        setFile(path);
}

void ExportDialog::reject()
{
    if (m_watcher.isRunning()) {
        m_jobs.cancelAll();
        return;
    }
    QDialog::reject();
}

void ExportDialog::startExport()
{
    if (m_watcher.isRunning())
        return;
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (file.isEmpty() || LayerExport::driverFor(file).isEmpty()) {
        m_message->setText(tr("Choose a file ending in .gpkg, .shp, .geojson, .kml, .csv or .dxf."));
        return;
    }
    const QString table = m_layer->currentData().toString();
    LayerExport::Options options;
    options.targetEpsg = m_crs->currentData().toInt();
    if (m_selectedOnly->isChecked() && m_selection) {
        QStringList ids;
        for (qint64 id : m_selection->ids(table))
            ids.append(QString::number(id));
        options.where = QStringLiteral("id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    options.job = m_jobs.start();
    options.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                m_progress->setRange(0, 1000);
                m_progress->setValue(total > 0 ? int(1000 * qMin(done, total) / total) : 0);
            },
            Qt::QueuedConnection);
    };
    setBusy(true);
    const QString storePath = m_storePath;
    m_watcher.setFuture(QtConcurrent::run([storePath, table, file, options] {
        Outcome outcome;
        try {
            auto store = DistrictStore::open(storePath, DistrictStore::Access::ReadOnly);
            outcome.written = LayerExport::run(*store, table, file, options);
        } catch (const Error &e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

void ExportDialog::finished()
{
    const Outcome outcome = m_watcher.result();
    setBusy(false);
    const bool ok = outcome.error.isEmpty();
    m_message->setText(
        ok ? tr("Wrote %1 features to %2.").arg(QLocale().toString(outcome.written), m_file->text())
           : outcome.error);
    emit exportFinished(ok);
}

void ExportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_layer, m_selectedOnly, m_crs, m_file, m_browse, m_export})
        w->setEnabled(!busy);
    if (!busy)
        updateSelectionCount();
    m_buttons->button(QDialogButtonBox::Close)->setText(busy ? tr("Cancel") : tr("Close"));
}

} // namespace uo
