#include "app/workstation/exchange/exchange_tools.h"

#include "app/workstation/exchange/export_dialog.h"
#include "app/workstation/exchange/import_dialog.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "core/store/district_store.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace uo {

ExchangeTools::ExchangeTools(MainWindow &window)
    : QObject(&window), m_window(window), m_import(new QAction(this)), m_export(new QAction(this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_import, &QAction::triggered, this, &ExchangeTools::showImport);
    connect(m_export, &QAction::triggered, this, &ExchangeTools::showExport);
    // Next to Open and Close, before Quit.
    QMenu *file = window.fileMenu();
    QAction *before = file->actions().value(file->actions().size() - 2); // the separator above Quit
    file->insertSeparator(before);
    file->insertAction(before, m_import);
    file->insertAction(before, m_export);
    connect(&window, &MainWindow::districtOpened, this, &ExchangeTools::updateActions);
    connect(&window, &MainWindow::districtClosed, this, &ExchangeTools::updateActions);
    connect(&window, &MainWindow::districtReadOnly, this, &ExchangeTools::updateActions);
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

bool ExchangeTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ExchangeTools::retranslate()
{
    m_import->setText(tr("&Import Layer\u2026"));
    m_import->setStatusTip(
        tr("Read features from a GeoPackage, Shapefile, GeoJSON, KML, DXF or CSV file into the district"));
    m_export->setText(tr("&Export Layer\u2026"));
    m_export->setStatusTip(tr("Write a layer, or its selected features, to a file for other GIS"));
}

void ExchangeTools::updateActions()
{
    DistrictStore *store = m_window.store();
    m_import->setEnabled(store && !store->isReadOnly());
    m_export->setEnabled(store != nullptr);
}

void ExchangeTools::showImport()
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

void ExchangeTools::showExport()
{
    if (!m_window.store())
        return;
    auto *dialog =
        new ExportDialog(m_window.store()->path(), m_window.store()->srid(), m_window.selection(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace uo
