#include "app/workstation/exchange/exchange_controller.h"

#include "app/workstation/exchange/export_dialog.h"
#include "app/workstation/exchange/import_dialog.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "core/store/district_store.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace uo {

ExchangeController::ExchangeController(MainWindow &window)
    : QObject(&window), m_window(window), m_import(new QAction(this)), m_export(new QAction(this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_import, &QAction::triggered, this, &ExchangeController::showImport);
    connect(m_export, &QAction::triggered, this, &ExchangeController::showExport);
    // Next to Open and Close, before Quit.
    QMenu *file = window.fileMenu();
    QAction *before = file->actions().value(file->actions().size() - 2); // the separator above Quit
    file->insertSeparator(before);
    file->insertAction(before, m_import);
    file->insertAction(before, m_export);
    connect(&window, &MainWindow::districtOpened, this, &ExchangeController::updateActions);
    connect(&window, &MainWindow::districtClosed, this, &ExchangeController::updateActions);
    connect(&window, &MainWindow::districtReadOnly, this, &ExchangeController::updateActions);
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

bool ExchangeController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExchangeController::retranslate()
{
    m_import->setText(tr("&Import Layer\u2026"));
    m_import->setStatusTip(
        tr("Read features from a GeoPackage, Shapefile, GeoJSON, KML, DXF or CSV file into the district"));
    m_export->setText(tr("&Export Layer\u2026"));
    m_export->setStatusTip(tr("Write a layer, or its selected features, to a file for other GIS"));
}

void ExchangeController::updateActions()
{
    DistrictStore *store = m_window.store();
    m_import->setEnabled(store && !store->isReadOnly());
    m_export->setEnabled(store != nullptr);
}

void ExchangeController::showImport()
{
    if (!m_window.store())
        return;
    auto *dialog = new ImportDialog(*m_window.store(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this] {
        m_window.canvas()->reloadChangedLayers();
        m_window.refreshSummary();
    });
    // The dialog reads the store it was given: it must not outlive it.
    connect(&m_window, &MainWindow::districtClosed, dialog, &QObject::deleteLater);
    dialog->show();
}

void ExchangeController::showExport()
{
    if (!m_window.store())
        return;
    auto *dialog =
        new ExportDialog(m_window.store()->path(), m_window.store()->srid(), m_window.selection(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace uo
