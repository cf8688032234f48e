#include "app/workstation/exchange/import_dialog.h"

#include "app/workstation/exchange/mapping_editor.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/import_source.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace uo {

namespace {
// The coordinate systems a file from the bureau's partners comes in (see the domain reference).
// 4524 and 4523 are the two Gauss-Kruger zones with the zone number in the false easting.
const int kCrsChoices[] = {crs::kCgcs2000LonLat, crs::kGaussKruger108, crs::kGaussKruger105, 4524, 4523,
                           crs::kWgs84,          crs::kGcj02};
// Problems listed in the dialog; the count says how many more there are.
constexpr int kProblemsShown = 2000;
} // namespace

ImportDialog::ImportDialog(DistrictStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("ImportDialog"));
    m_file = new QLineEdit(this);
    m_browse = new QPushButton(this);
    m_layer = new QComboBox(this);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(QString(), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), QStringLiteral("GB18030"));
    m_crs = new QComboBox(this);
    m_swapAxes = new QCheckBox(this);
    m_swapAxes->setObjectName(QStringLiteral("swapAxes"));
    m_table = new QComboBox(this);
    for (const QString &table : ImportMapping::targetTables())
        m_table->addItem(layerTitle(*findLayer(table)), table);
    m_generateIds = new QCheckBox(this);
    m_generateIds->setObjectName(QStringLiteral("generateIds"));
    m_duplicates = new QComboBox(this);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->addItem(QString(), int(ImportWriter::Duplicates::Refuse));
    m_duplicates->addItem(QString(), int(ImportWriter::Duplicates::Merge));
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_mapping = new MappingEditor(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setMaximumBlockCount(kProblemsShown + 1);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    m_fileLabel = new QLabel(this);
    m_layerLabel = new QLabel(this);
    m_encodingLabel = new QLabel(this);
    m_crsLabel = new QLabel(this);
    m_tableLabel = new QLabel(this);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_layerLabel, m_layer);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(QString(), m_info);
    form->addRow(m_crsLabel, m_crs);
    form->addRow(QString(), m_swapAxes);
    form->addRow(m_tableLabel, m_table);
    form->addRow(QString(), m_generateIds);
    m_duplicatesLabel = new QLabel(this);
    form->addRow(m_duplicatesLabel, m_duplicates);
    m_mappingLabel = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mappingLabel);
    layout->addWidget(m_mapping, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::openSource);
    connect(m_layer, &QComboBox::activated, this, &ImportDialog::openSource);
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::openSource);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ImportDialog::refillMapping);
    connect(m_crs, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
    for (QCheckBox *box : {m_swapAxes, m_generateIds})
        connect(box, &QCheckBox::toggled, this, &ImportDialog::mappingEdited);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingEdited);
    connect(m_mapping, &MappingEditor::mappingChanged, this, &ImportDialog::mappingEdited);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::startCheck);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importClicked);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(&m_job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(1000 * done / total));
    });
    connect(&m_job, &ImportJob::finished, this, &ImportDialog::jobFinished);

    retranslate();
    refillCrs();
    setBusy(false);
    resize(640, 720);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import a Layer"));
    m_fileLabel->setText(tr("&File:"));
    m_fileLabel->setBuddy(m_file);
    m_browse->setText(tr("&Browse\u2026"));
    m_layerLabel->setText(tr("Layer in the file:"));
    m_encodingLabel->setText(tr("Text encoding:"));
    m_encoding->setItemText(0, tr("Automatic (.cpg, else UTF-8 or GBK)"));
    m_crsLabel->setText(tr("&Coordinates in:"));
    m_crsLabel->setBuddy(m_crs);
    m_swapAxes->setText(tr("x and y are &swapped (latitude or northing first)"));
    m_tableLabel->setText(tr("&Into store layer:"));
    m_tableLabel->setBuddy(m_table);
    m_generateIds->setText(
        tr("&Make identifiers for features without one (components: from the class; risk points: "
           "the store's numbering)"));
    m_duplicatesLabel->setText(tr("Features already in the &store:"));
    m_duplicatesLabel->setBuddy(m_duplicates);
    m_duplicates->setItemText(0, tr("Leave them out and list them"));
    m_duplicates->setItemText(1, tr("Merge: the stored feature takes the file's values"));
    for (int i = 0; i < m_table->count(); ++i)
        m_table->setItemText(i, layerTitle(*findLayer(m_table->itemData(i).toString())));
    m_mappingLabel->setText(tr("Fields (remembered for files with the same fields):"));
    m_check->setText(tr("C&heck"));
    m_import->setText(tr("&Import"));
    m_cancel->setText(tr("Cancel"));
    m_mapping->retranslate();
    refillCrs();
    showReport();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::reject()
{
    if (m_job.isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a Layer"), QFileInfo(m_file->text()).absolutePath(),
        tr("Vector files (*.gpkg *.shp *.geojson *.json *.kml *.dxf *.csv);;All files (*)"));
    if (!path.isEmpty())
        setSourceFile(path);
}

void ImportDialog::setSourceFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_layer->clear();
    openSource();
}

void ImportDialog::setTargetTable(const QString &table)
{
    m_table->setCurrentIndex(m_table->findData(table));
}

void ImportDialog::openSource()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString layer = m_layer->currentText();
    m_source.reset();
    m_fields.clear();
    m_error.clear();
    if (!path.isEmpty()) {
        try {
            m_store.refuseOwnFile(path); // GDAL opening the open district would drop its locks
            m_source = std::make_unique<ImportSource>(path, layer, m_encoding->currentData().toString());
            for (const ImportSource::Field &f : m_source->fields())
                m_fields.append(f.name);
            if (m_layer->count() == 0) {
                QSignalBlocker block(m_layer);
                m_layer->addItems(m_source->layerNames());
                m_layer->setCurrentText(m_source->layerName());
            }
        } catch (const Error &e) {
            m_error = e.message();
        }
    }
    m_encoding->setEnabled(m_source && !m_source->encoding().isEmpty());
    m_layer->setEnabled(m_layer->count() > 1);
    refillCrs();
    refillMapping();
}

void ImportDialog::refillCrs()
{
    const int previous = m_crs->currentData().toInt();
    QSignalBlocker block(m_crs);
    m_crs->clear();
    if (m_source && m_source->crsCode() != 0)
        m_crs->addItem(tr("As the file says: %1").arg(m_source->crsDescription()), 0);
    for (int code : kCrsChoices)
        m_crs->addItem(crs::name(code), code);
    // A file without a CRS is most likely in the store's own.
    const int wanted = previous != 0 ? previous : (m_source && m_source->crsCode() != 0 ? 0 : m_store.srid());
    const int index = m_crs->findData(wanted);
    m_crs->setCurrentIndex(index < 0 ? 0 : index);
    if (m_source) {
        const qint64 n = m_source->featureCount();
        QString info = tr("%1, %2 features: %3.")
                           .arg(m_source->driver(), n < 0 ? tr("unknown number of") : QLocale().toString(n),
                                m_source->geometryTypeName());
        if (m_source->crsCode() == 0)
            info += QLatin1Char(' ') +
                    tr("The file names no coordinate system: choose the one its coordinates are in.");
        m_info->setText(info);
    } else {
        m_info->setText(m_error);
    }
}

QString ImportDialog::memoryKey() const
{
    QStringList fields = m_fields;
    fields.sort();
    const QByteArray hash =
        QCryptographicHash::hash(fields.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QStringLiteral("import/mapping/%1/%2")
        .arg(m_table->currentData().toString(), QString::fromLatin1(hash));
}

void ImportDialog::refillMapping()
{
    const QString table = m_table->currentData().toString();
    const QList<ImportMapping::Column> columns = ImportMapping::columns(m_store, table);
    m_mapping->setColumns(table, columns, m_fields);
    const QString remembered = QSettings().value(memoryKey()).toString();
    m_mapping->setMapping(remembered.isEmpty() ? ImportMapping::guess(columns, m_fields)
                                               : ImportMapping::fromJson(remembered));
    mappingEdited();
}

void ImportDialog::mappingEdited()
{
    // A report is about the choices it was made with.
    m_checked = false;
    m_report = LayerImport::Report();
    showReport();
    setBusy(false);
}

LayerImport::Options ImportDialog::options() const
{
    LayerImport::Options o;
    o.file = m_source ? m_source->file() : QString();
    o.layer = m_source ? m_source->layerName() : QString();
    o.encoding = m_encoding->currentData().toString(); // empty: found from the file, as when it was opened
    const int code = m_crs->currentData().toInt();
    o.sourceCrs = code;
    o.overrideCrs = code != 0 && m_source && m_source->crsCode() != 0;
    o.swapAxes = m_swapAxes->isChecked();
    o.table = m_table->currentData().toString();
    o.mapping = m_mapping->mapping();
    o.generateIds = m_generateIds->isChecked();
    o.duplicates = ImportWriter::Duplicates(m_duplicates->currentData().toInt());
    return o;
}

bool ImportDialog::canImport() const
{
    return m_checked && !m_job.isRunning() && m_report.importable > 0;
}

void ImportDialog::startCheck()
{
    if (!m_source || m_job.isRunning())
        return;
    QSettings().setValue(memoryKey(), m_mapping->mapping().toJson());
    m_writing = false;
    m_error.clear();
    setBusy(true);
    m_job.start(m_store.path(), options(), false, false);
}

void ImportDialog::startImport(bool acceptProblems)
{
    if (!canImport())
        return;
    m_writing = true;
    setBusy(true);
    m_job.start(m_store.path(), options(), true, acceptProblems);
}

void ImportDialog::importClicked()
{
    if (m_report.blocked()) {
        QString question = m_report.warnings.isEmpty()
                               ? tr("%1 features have problems and will be left out. Import the other %2?")
                                     .arg(QLocale().toString(m_report.problems.size()),
                                          QLocale().toString(m_report.importable))
                               : tr("%1\n\nImport the %2 features as they are read now anyway?")
                                     .arg(m_report.warnings.join(QLatin1Char('\n')),
                                          QLocale().toString(m_report.importable));
        const auto answer = QMessageBox::question(this, tr("Import a Layer"), question);
        if (answer != QMessageBox::Yes)
            return;
    }
    startImport(m_report.blocked());
}

void ImportDialog::cancel()
{
    m_job.cancel();
}

void ImportDialog::jobFinished()
{
    const ImportJob::Outcome outcome = m_job.outcome();
    m_error = outcome.error;
    const bool wrote = m_writing;
    m_writing = false;
    if (wrote) {
        m_checked = false;
        setBusy(false);
        if (m_error.isEmpty() && !outcome.report.cancelled && outcome.report.imported > 0) {
            QString text = tr("Imported %1 features into %2.")
                               .arg(QLocale().toString(outcome.report.imported), m_table->currentText());
            if (outcome.report.merged > 0)
                text +=
                    QLatin1Char(' ') + tr("%1 of them were already in the store and took the file's values.")
                                           .arg(QLocale().toString(outcome.report.merged));
            m_summary->setText(text);
            emit importFinished(m_table->currentData().toString(), outcome.report.imported);
        } else {
            m_summary->setText(outcome.report.cancelled ? tr("Cancelled: nothing was imported.")
                                                        : tr("Nothing was imported. %1").arg(m_error));
        }
        return;
    }
    m_report = outcome.report;
    m_checked = m_error.isEmpty() && !m_report.cancelled;
    showReport();
    setBusy(false);
    emit checkFinished();
}

void ImportDialog::showReport()
{
    m_problems->clear();
    if (!m_error.isEmpty()) {
        // A file that cannot be opened is said once, at the file; the summary is for a check or an import.
        m_summary->setText(m_source ? m_error : QString());
        return;
    }
    if (m_report.cancelled) {
        m_summary->setText(tr("Check cancelled after %1 features.").arg(QLocale().toString(m_report.read)));
        return;
    }
    if (!m_checked) {
        m_summary->setText(m_source ? tr("Check the file to see what can be imported.") : QString());
        return;
    }
    m_summary->setText(
        tr("%1 features read: %2 can be imported; problems in %3 (listed below; they are left out).")
            .arg(QLocale().toString(m_report.read), QLocale().toString(m_report.importable),
                 QLocale().toString(m_report.problems.size())));
    if (!m_report.warnings.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("The coordinate system looks wrong (below): check it before importing."));
    const QStringList lines = m_report.notes + m_report.lines(m_source ? m_source->file() : QString());
    m_problems->setPlainText(lines.mid(0, kProblemsShown).join(QLatin1Char('\n')));
    if (lines.size() > kProblemsShown)
        m_problems->appendPlainText(tr("\u2026 and %1 more.").arg(lines.size() - kProblemsShown));
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(busy);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_file, m_browse, m_layer, m_encoding, m_crs, m_swapAxes, m_table,
                                          m_generateIds, m_duplicates, m_mapping})
        w->setEnabled(!busy);
    if (!busy) {
        m_encoding->setEnabled(m_source && !m_source->encoding().isEmpty());
        m_layer->setEnabled(m_layer->count() > 1);
    }
    m_check->setEnabled(!busy && m_source != nullptr);
    m_import->setEnabled(!busy && canImport());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
}

} // namespace uo
