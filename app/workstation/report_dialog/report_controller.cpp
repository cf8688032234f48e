#include "app/workstation/report_dialog/report_controller.h"

#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/report_dialog/report_dialog.h"

#include "core/store/district_store.h"
#include "gis/report_layout/map_image.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QImageWriter>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace uo {

ReportController::ReportController(MainWindow &window)
    : QObject(&window), m_window(window), m_report(new QAction(this)), m_image(new QAction(this))
{
    m_report->setShortcut(QKeySequence::Print);
    connect(m_report, &QAction::triggered, this, &ReportController::showReportDialog);
    connect(m_image, &QAction::triggered, this, &ReportController::askForMapImage);
    // Above Quit, after whatever the other tools put there.
    QMenu *file = window.fileMenu();
    QAction *before = file->actions().value(file->actions().size() - 2); // the separator above Quit
    file->insertSeparator(before);
    file->insertAction(before, m_report);
    file->insertAction(before, m_image);
    connect(&window, &MainWindow::districtOpened, this, &ReportController::updateActions);
    connect(&window, &MainWindow::districtClosed, this, &ReportController::updateActions);
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

bool ReportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReportController::retranslate()
{
    m_report->setText(tr("Print &Report\u2026"));
    m_report->setStatusTip(
        tr("Lay out the map view, segment sheets, a permit's review or the risk summary as a PDF"));
    m_image->setText(tr("Export Map &Image\u2026"));
    m_image->setStatusTip(tr("Save the map as it is shown, at a chosen resolution, as a PNG image"));
}

void ReportController::updateActions()
{
    const bool open = m_window.store() != nullptr;
    m_report->setEnabled(open);
    m_image->setEnabled(open);
}

ReportDialog *ReportController::showReportDialog()
{
    MapCanvas *canvas = m_window.canvas();
    if (!m_window.store() || !canvas->snapshot())
        return nullptr;
    auto *dialog =
        new ReportDialog(*m_window.store(), canvas->snapshot(), canvas->style(), canvas->viewport(),
                         canvas->visibleLayers(), &m_window, canvas->basemaps());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog reads the store it was given: it must not outlive it.
    connect(&m_window, &MainWindow::districtClosed, dialog, &QObject::deleteLater);
    dialog->show();
    return dialog;
}

bool ReportController::exportMapImage(const QString &path, int dpi)
{
    MapCanvas *canvas = m_window.canvas();
    if (!canvas->snapshot())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QImage image = report::mapImage(canvas->snapshot(), canvas->style(), canvas->visibleLayers(),
                                          canvas->viewport(), dpi, canvas->basemaps());
    QImageWriter writer(path);
    const bool written = !image.isNull() && writer.write(image);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(&m_window, tr("Export Map Image"),
                             image.isNull() ? tr("An image of the map at %1 dpi is too large.").arg(dpi)
                                            : tr("Cannot write %1: %2").arg(path, writer.errorString()));
    return written;
}

void ReportController::askForMapImage()
{
    if (!m_window.store())
        return;
    bool ok = false;
    const int dpi = QInputDialog::getInt(&m_window, tr("Export Map Image"),
                                         tr("Resolution of the image (dots per inch; the screen's is 96):"),
                                         300, 72, 600, 1, &ok);
    if (!ok)
        return;
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Export Map Image"), tr("map.png"),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    exportMapImage(path, dpi);
}

} // namespace uo
