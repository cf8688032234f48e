#include "app/workstation/report_dialog/report_dialog.h"

#include "app/workstation/report_dialog/report_preview.h"

#include "core/permits/permit_register.h"
#include "core/segments/segment_queries.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/reports.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <cmath>

namespace uo {

ReportDialog::ReportDialog(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                           const DistrictStyle &style, const MapViewport &view,
                           const QSet<QString> &visibleLayers, QWidget *parent,
                           const QList<Basemap> &basemaps)
    : QDialog(parent), m_store(store), m_snapshot(std::move(snapshot)),
      m_style(std::make_shared<const DistrictStyle>(style)), m_view(view), m_layers(visibleLayers),
      m_basemaps(basemaps), m_kind(new QComboBox(this)), m_chief(new QComboBox(this)),
      m_permit(new QComboBox(this)), m_paper(new QComboBox(this)), m_orientation(new QComboBox(this)),
      m_scale(new QComboBox(this)), m_dpi(new QSpinBox(this)),
      m_grid(new QCheckBox(tr("Coordinate grid on the maps"), this)), m_title(new QLineEdit(this)),
      m_subtitle(new QLineEdit(this)), m_author(new QLineEdit(this)), m_department(new QLineEdit(this)),
      m_chiefLabel(new QLabel(tr("Chief:"), this)), m_permitLabel(new QLabel(tr("Permit:"), this)),
      m_scaleLabel(new QLabel(tr("Scale:"), this)), m_status(new QLabel(this)),
      m_preview(new ReportPreview(this)), m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Print Report"));
    m_kind->addItem(tr("Current map view"), int(Kind::View));
    m_kind->addItem(tr("Segment sheets"), int(Kind::Segments));
    m_kind->addItem(tr("Permit review sheet"), int(Kind::Permit));
    m_kind->addItem(tr("Risk points by street"), int(Kind::Risks));
    for (const auto paper :
         {report::PageSetup::Paper::A4, report::PageSetup::Paper::A3, report::PageSetup::Paper::A2})
        m_paper->addItem(report::PageSetup::paperName(paper), int(paper));
    m_orientation->addItem(tr("Portrait"), false);
    m_orientation->addItem(tr("Landscape"), true);
    // The screen's scale first, so that the printout shows what the screen showed, names and all; then
    // "fit" (the whole view at the largest round scale that holds it) and the round scales.
    const double screen = std::round(m_view.scaleDenominator());
    m_scale->addItem(tr("As on screen, %1").arg(report::MapFrame::scaleText(screen)), screen);
    m_scale->addItem(tr("Fit to the page"), 0.0);
    for (const double round : {500.0, 1000.0, 2000.0, 2500.0, 5000.0, 10000.0, 25000.0, 50000.0, 100000.0})
        m_scale->addItem(report::MapFrame::scaleText(round), round);
    m_dpi->setRange(report::PageSetup::kMinDpi, report::PageSetup::kMaxDpi);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(
        tr("The resolution of images made from the pages, and of a map too dense to be drawn as vector "
           "in the PDF; the PDF's other maps and all its text are vector at any resolution"));
    m_permit->setEditable(true);

    m_author->setText(store.operatorName());
    m_department->setText(store.setting(QStringLiteral("report.department")));
    m_department->setPlaceholderText(store.settings().name);
    fillChoices();

    auto *form = new QFormLayout;
    form->addRow(tr("Report:"), m_kind);
    form->addRow(m_chiefLabel, m_chief);
    form->addRow(m_permitLabel, m_permit);
    form->addRow(m_scaleLabel, m_scale);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(tr("Orientation:"), m_orientation);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(QString(), m_grid);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Subtitle:"), m_subtitle);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Department:"), m_department);
    m_status->setWordWrap(true);
    form->addRow(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save PDF\u2026"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(save, &QPushButton::clicked, this, &ReportDialog::savePdfAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch();
    left->addWidget(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_preview, 1);
    resize(1100, 760);

    // The preview follows every choice, once typing or clicking has paused.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(350);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportDialog::updatePreview);
    const auto later = [this] { m_previewTimer->start(); };
    for (QComboBox *box : {m_kind, m_chief, m_permit, m_paper, m_orientation, m_scale})
        connect(box, &QComboBox::currentIndexChanged, this, later);
    connect(m_dpi, &QSpinBox::valueChanged, this, later);
    for (QLineEdit *edit : {m_title, m_subtitle, m_author, m_department})
        connect(edit, &QLineEdit::textChanged, this, later);
    connect(m_grid, &QCheckBox::toggled, this, later);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::kindChanged);
    kindChanged();
    m_previewTimer->start();
}

void ReportDialog::fillChoices()
{
    m_chief->addItem(tr("Every segment"), qint64(0));
    for (const ChiefWorkload &chief : SegmentQueries(m_store).workload())
        if (chief.segments > 0)
            m_chief->addItem(tr("%1 (%n segment(s))", nullptr, chief.segments).arg(chief.name),
                             chief.personId);
    m_permit->addItems(PermitRegister::numbers(m_store));
}

void ReportDialog::kindChanged()
{
    // The title typed for one kind of report stays with it; another kind starts from its own.
    if (m_titledKind >= 0)
        m_titles.insert(m_titledKind, m_title->text());
    m_titledKind = int(kind());
    const QSignalBlocker quiet(m_title);
    m_title->setText(m_titles.value(m_titledKind));
    switch (kind()) {
    case Kind::View:
        m_title->setPlaceholderText(report::ViewReport::defaultTitle());
        break;
    case Kind::Segments:
        m_title->setPlaceholderText(report::SegmentSheets::defaultTitle());
        break;
    case Kind::Permit:
        m_title->setPlaceholderText(report::PermitSheet::defaultTitle());
        break;
    case Kind::Risks:
        m_title->setPlaceholderText(report::RiskSummary::defaultTitle());
        break;
    }
    updateFields();
}

void ReportDialog::setViewScale(double scale)
{
    int index = m_scale->findData(scale);
    if (index < 0) {
        m_scale->addItem(report::MapFrame::scaleText(scale), scale);
        index = m_scale->count() - 1;
    }
    m_scale->setCurrentIndex(index);
}

double ReportDialog::viewScale() const
{
    return m_scale->currentData().toDouble();
}

void ReportDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString ReportDialog::title() const
{
    return m_title->text();
}

void ReportDialog::updateFields()
{
    const Kind k = kind();
    m_chiefLabel->setVisible(k == Kind::Segments);
    m_chief->setVisible(k == Kind::Segments);
    m_permitLabel->setVisible(k == Kind::Permit);
    m_permit->setVisible(k == Kind::Permit);
    m_scaleLabel->setVisible(k == Kind::View);
    m_scale->setVisible(k == Kind::View);
}

void ReportDialog::setKind(Kind k)
{
    m_kind->setCurrentIndex(m_kind->findData(int(k)));
}

ReportDialog::Kind ReportDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void ReportDialog::setPermit(const QString &permitNo)
{
    m_permit->setCurrentText(permitNo);
}

report::ReportRequest ReportDialog::request() const
{
    report::ReportRequest r;
    r.page.paper = report::PageSetup::Paper(m_paper->currentData().toInt());
    r.page.landscape = m_orientation->currentData().toBool();
    r.page.dpi = m_dpi->value();
    r.grid = m_grid->isChecked();
    r.style = m_style;
    r.basemaps = m_basemaps;
    r.info.title = m_title->text().trimmed();
    r.info.subtitle = m_subtitle->text().trimmed();
    r.info.author = m_author->text().trimmed();
    r.info.department = m_department->text().trimmed();
    return r;
}

report::ReportDocument ReportDialog::build(int sheets) const
{
    const report::ReportRequest r = request();
    switch (kind()) {
    case Kind::Segments:
        return report::SegmentSheets::build(m_store, m_snapshot, r, m_chief->currentData().toLongLong(),
                                            sheets);
    case Kind::Permit:
        return report::PermitSheet::build(m_store, m_snapshot, r, m_permit->currentText().trimmed());
    case Kind::Risks:
        return report::RiskSummary::build(m_store, m_snapshot, r);
    case Kind::View:
        break;
    }
    return report::ViewReport::build(m_store, m_snapshot, r, m_view.visibleMapRect(), viewScale(), m_layers);
}

void ReportDialog::updatePreview()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // Only as many sheets as the preview shows: the whole set is laid out when it is saved.
        const report::ReportDocument doc = build(ReportPreview::kMaxPages);
        m_preview->showDocument(doc);
        // A chief's sheets may run to hundreds: say that the preview is the beginning of them.
        m_status->setText(kind() == Kind::Segments
                              ? tr("The preview shows the first %n sheet(s); the PDF holds them all.",
                                   nullptr, doc.pageCount())
                              : tr("%n page(s)", nullptr, doc.pageCount()));
    } catch (const Error &e) {
        m_preview->clear(e.message());
        m_status->setText(e.message());
    }
    QApplication::restoreOverrideCursor();
}

bool ReportDialog::savePdf(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const report::ReportDocument doc = build();
        doc.writePdf(path);
        QApplication::restoreOverrideCursor();
        m_status->setText(tr("Saved %n page(s) to %1.", nullptr, doc.pageCount()).arg(path));
        return true;
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, windowTitle(), e.message());
        return false;
    }
}

void ReportDialog::savePdfAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Report"), m_kind->currentText() + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path
                                                                          : path + QStringLiteral(".pdf"));
}

} // namespace uo
