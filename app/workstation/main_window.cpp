#include "app/workstation/main_window.h"

#include "app/workstation/cases/case_controller.h"
#include "app/workstation/edit_tools/editing_controller.h"
#include "app/workstation/exchange/exchange_controller.h"
#include "app/workstation/language_menu.h"
#include "app/workstation/layer_list_model.h"
#include "app/workstation/layers/basemap_controller.h"
#include "app/workstation/layers/layer_controller.h"
#include "app/workstation/live_updates.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "app/workstation/map_tools/map_controller.h"
#include "app/workstation/permits/permit_controller.h"
#include "app/workstation/recent_files.h"
#include "app/workstation/recent_files_menu.h"
#include "app/workstation/report_dialog/report_controller.h"
#include "app/workstation/segments/segment_controller.h"
#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/segments_menu.h"
#include "app/workstation/server_dialog.h"
#include "app/workstation/table/attribute_table_controller.h"
#include "core/server/server_url.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace uo {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_canvas(new MapCanvas(this)), m_statusBar(new MapStatusBar(this)),
      m_layerModel(new LayerListModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_canvas);
    setStatusBar(m_statusBar);
    m_undoStack = new QUndoStack(this);
    m_selection = new FeatureSelection(this);
    m_live = new LiveUpdates(this);
    createLayerDock();
    createActions();
    createMenus();
    m_mapController = new MapController(*this);
    m_mapController->addToViewMenu(m_viewMenu);
    m_segmentController = new SegmentController(*this);
    new LayerController(*this);   // the layer list as a tree with styles and legends
    new BasemapController(*this); // rasters and tiles under the layers
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_segmentController->menu());
    new PermitController(*this); // the excavation permits: register, review, rules, statistics
    new CaseController(*this);   // cases and risk alerts: register, queue, case and risk panels, rules
    new AttributeTableController(*this, m_viewMenu); // every layer's rows: filter, sort, select, zoom to
    new ExchangeController(*this);                   // File: import and export layers through GDAL
    new ReportController(*this);                     // File: print reports as PDF, export the map as an image
    new edit::EditingController(*this);              // Editing: sessions with undo, save, conflicts, recovery
    connect(m_segmentController, &SegmentController::zoomRequested, this, [this](const QRectF &rect) {
        MapViewport viewport = m_canvas->viewport();
        viewport.fit(rect, 0.1);
        m_canvas->setViewport(viewport);
    });
    // The map in memory is a copy: after an edit it reads again the layers the edit changed.
    connect(m_segmentController->document(), &SegmentDocument::assignmentsChanged, m_canvas,
            &MapCanvas::reloadChangedLayers);

    m_summaryWatcher = new QFutureWatcher<StoreSummary>(this);
    connect(m_summaryWatcher, &QFutureWatcher<StoreSummary>::finished, this, &MainWindow::summaryDone);
    m_checkWatcher = new QFutureWatcher<QStringList>(this);
    connect(m_checkWatcher, &QFutureWatcher<QStringList>::finished, this, &MainWindow::checkDone);
    connect(m_layerModel, &LayerListModel::visibleLayersChanged, m_canvas, &MapCanvas::setVisibleLayers);
    connect(m_canvas, &MapCanvas::cursorMoved, this, [this](QPointF p) {
        if (m_store)
            m_statusBar->showCursor(p);
    });
    connect(m_canvas, &MapCanvas::cursorLeft, m_statusBar, &MapStatusBar::clearCursor);
    connect(m_canvas, &MapCanvas::viewportChanged, this, [this] {
        m_statusBar->setScale(m_store ? m_canvas->viewport().scaleDenominator(m_canvas->logicalDpiX()) : 0.0);
    });
    connect(m_canvas, &MapCanvas::renderFailed, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 15000); });

    connect(m_live, &LiveUpdates::changed, this, [this](const QStringList &tables, const QString &message) {
        m_statusBar->showMessage(message, 15000);
        seeChangesElsewhere(tables);
    });
    connect(m_live, &LiveUpdates::connectionLost, this,
            [this](const QString &message) { m_statusBar->showMessage(message); });
    connect(m_live, &LiveUpdates::reconnected, this, [this](const QString &message) {
        m_statusBar->showMessage(message, 15000);
        seeChangesElsewhere({}); // what was committed meanwhile was not heard
    });

    m_statusBar->setOperatorName(DistrictStore::defaultOperatorName());
    askPassword = [this](const QString &login, const QString &why) {
        return askPasswordInDialog(this, login, why);
    };
    retranslateUi();
    updateActions();
    // The tools add their docks shown and then hide them; the minimum size the layout took from them
    // in between would keep the window taller than a laptop screen, so it is worked out again.
    layout()->invalidate();
    layout()->activate();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_summaryWatcher->waitForFinished();
    m_checkWatcher->waitForFinished();
}

void MainWindow::createLayerDock()
{
    m_layerDock = new QDockWidget(this);
    m_layerDock->setObjectName(QStringLiteral("LayerDock"));
    m_layerDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_layerView = new QTreeView(m_layerDock);
    m_layerView->setModel(m_layerModel);
    m_layerView->setRootIsDecorated(false);
    m_layerView->setUniformRowHeights(true);
    m_layerView->setAllColumnsShowFocus(true);
    m_layerView->header()->setStretchLastSection(false);
    m_layerView->header()->setSectionResizeMode(LayerListModel::TitleColumn, QHeaderView::Stretch);
    m_layerView->header()->setSectionResizeMode(LayerListModel::CountColumn, QHeaderView::ResizeToContents);
    m_layerDock->setWidget(m_layerView);
    addDockWidget(Qt::LeftDockWidgetArea, m_layerDock);
    resizeDocks({m_layerDock}, {260}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_openServerAction = new QAction(this);
    m_openServerAction->setObjectName(QStringLiteral("openServerAction"));
    m_openServerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openServerAction, &QAction::triggered, this, &MainWindow::chooseServerAndOpen);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (mayCloseDistrict())
            closeDistrict();
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    // Our own actions rather than QUndoStack's, whose words do not follow a change of language.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);
    m_fullExtentAction = new QAction(this);
    m_fullExtentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_fullExtentAction, &QAction::triggered, m_canvas, &MapCanvas::zoomToFullExtent);
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts(
        {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(m_zoomInAction, &QAction::triggered, m_canvas, &MapCanvas::zoomIn);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    connect(m_zoomOutAction, &QAction::triggered, m_canvas, &MapCanvas::zoomOut);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openServerAction);
    m_recentMenu = new RecentFilesMenu(this);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this,
            [this](const QString &path) { openDistrict(path); });
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_fullExtentAction);
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_layerDock->toggleViewAction());

    m_languageMenu = new LanguageMenu(this);
    menuBar()->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open District\u2026"));
    m_openAction->setStatusTip(tr("Open a district database (SpatiaLite)"));
    m_openServerAction->setText(tr("Open District on &Server\u2026"));
    m_openServerAction->setStatusTip(
        tr("Open a district on a district server (PostgreSQL), signed in as yourself"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_fullExtentAction->setText(tr("&Full Extent"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_layerDock->setWindowTitle(tr("Layers"));
    m_layerDock->toggleViewAction()->setText(tr("&Layer List"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About UrbanOps Workstation"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_layerModel->retranslate();
    updateUndoActions();
    updateTitle();
}

void MainWindow::updateUndoActions()
{
    const QString undo = m_undoStack->undoText(), redo = m_undoStack->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::updateTitle()
{
    const QString program = tr("UrbanOps Workstation");
    if (!m_store) {
        setWindowTitle(program);
        return;
    }
    QString name = m_store->settings().name;
    if (name.isEmpty())
        name = m_access.isOnServer() ? m_access.district() : QFileInfo(m_store->path()).completeBaseName();
    if (m_store->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    if (m_access.isOnServer()) {
        const QUrl url(m_store->path());
        const QString server =
            url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
        name = tr("%1 on %2 \u2014 %3 (%4)").arg(name, server, m_access.login(), m_access.roleTitle());
    }
    setWindowTitle(tr("%1 \u2014 %2").arg(name, program));
}

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    m_closeAction->setEnabled(open);
    m_fullExtentAction->setEnabled(open);
    m_zoomInAction->setEnabled(open);
    m_zoomOutAction->setEnabled(open);
}

void MainWindow::chooseAndOpen()
{
    QString start = QDir::homePath();
    for (const QString &recent : recent_files::list())
        if (!server::ServerUrl::isServerUrl(recent)) {
            start = QFileInfo(recent).absolutePath();
            break;
        }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open District Database"), start,
                                     tr("District databases (*.sqlite *.db *.spatialite);;All files (*)"));
    if (!path.isEmpty())
        openDistrict(path);
}

void MainWindow::chooseServerAndOpen()
{
    ServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openDistrict(dialog.url());
}

bool MainWindow::openDistrict(const QString &path, QString *error)
{
    // Asked before the new file is touched: opening may upgrade it, and the answer may be to stay.
    if (m_store && !mayCloseDistrict()) {
        if (error)
            *error = QString();
        return false; // the user kept the open district (e.g. to save its edits first)
    }
    if (server::ServerUrl::isServerUrl(path)) {
        QString why;
        server::ServerAccess access;
        std::unique_ptr<DistrictStore> store = openServerDistrict(this, path, askPassword, &why, &access);
        if (!store) {
            if (error)
                *error = why;
            else if (!why.isEmpty())
                QMessageBox::warning(this, tr("Cannot Open District"), why);
            return false;
        }
        showDistrict(std::move(store), QString(), access);
        return true;
    }
    std::unique_ptr<DistrictStore> store;
    QString backupPath;
    // Opening an older file upgrades it, which takes seconds on a whole district.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // A file we may not write to can still be looked at.
        store = DistrictStore::open(path, DistrictStore::Access::WriteIfPossible, &backupPath);
    } catch (const StoreError &e) {
        QGuiApplication::restoreOverrideCursor();
        if (e.kind() == StoreError::Kind::NotFound)
            recent_files::remove(path);
        if (error)
            *error = e.message();
        else
            QMessageBox::warning(this, tr("Cannot Open District"), e.message());
        return false;
    }
    QGuiApplication::restoreOverrideCursor();
    const server::ServerAccess access = server::ServerAccess::of(*store); // a file's: no question asked
    showDistrict(std::move(store), backupPath, access);
    return true;
}

void MainWindow::showDistrict(std::unique_ptr<DistrictStore> store, const QString &backupPath,
                              const server::ServerAccess &access)
{
    closeDistrict();
    m_store = std::move(store);
    m_access = access;
    // A role that may change nothing gets a read-only district: every editing tool is off, saying why.
    if (m_access.isOnServer() && !m_access.mayWriteAnything())
        m_store->refuseWrites(m_access.readOnlyReason());
    recent_files::add(m_store->path()); // a server's address without its password
    m_statusBar->setStoreCrs(m_store->srid());
    m_statusBar->setOperatorName(m_access.isOnServer()
                                     ? tr("%1 (%2)").arg(m_store->operatorName(), m_access.roleTitle())
                                     : m_store->operatorName());
    if (!backupPath.isEmpty())
        m_statusBar->showMessage(
            tr("The file was upgraded to the current format; the original is kept as %1.")
                .arg(QDir::toNativeSeparators(backupPath)));
    else if (m_store->isReadOnly())
        m_statusBar->showMessage(
            tr("Opened read-only: %1. You can look, search, export and print; editing is off.")
                .arg(m_store->readOnlyReason()));
    m_canvas->setStore(m_store->path());
    m_canvas->setVisibleLayers(m_layerModel->visibleLayers());
    m_summaryWatcher->setFuture(QtConcurrent::run(summarizeStore, m_store->path()));
    // A damaged page anywhere in the file: looked for while the map loads, editing stops if found.
    // The server keeps its own pages.
    if (!m_store->isOnServer()) {
        m_checkWatcher->setProperty("path", m_store->path());
        m_checkWatcher->setFuture(QtConcurrent::run(checkStore, m_store->path()));
    }
    updateTitle();
    updateActions();
    emit districtOpened(m_store->path());
    m_live->follow(*m_store, m_access.district());
}

void MainWindow::seeChangesElsewhere(const QStringList &tables)
{
    if (!m_store)
        return;
    m_canvas->reloadChangedLayers(); // the layers whose versions moved
    refreshSummary();
    emit changedElsewhere(tables);
}

bool MainWindow::touches(const QStringList &tables, const QStringList &these)
{
    if (tables.isEmpty())
        return true;
    for (const QString &table : these)
        if (tables.contains(table))
            return true;
    return false;
}

void MainWindow::refreshSummary()
{
    if (m_store && !m_summaryWatcher->isRunning())
        m_summaryWatcher->setFuture(QtConcurrent::run(summarizeStore, m_store->path()));
}

void MainWindow::summaryDone()
{
    if (!m_store)
        return;
    const StoreSummary summary = m_summaryWatcher->result();
    if (!summary.error.isEmpty())
        m_statusBar->showMessage(summary.error, 15000);
    m_layerModel->setCounts(summary.counts);
    m_summaryReady = true;
}

void MainWindow::checkDone()
{
    const QStringList damage = m_checkWatcher->result();
    if (!m_store || damage.isEmpty() || m_checkWatcher->property("path").toString() != m_store->path())
        return;
    const QString file = QDir::toNativeSeparators(m_store->path());
    m_store->refuseWrites(tr("the file is damaged"));
    updateTitle();
    emit districtReadOnly();
    QMessageBox::critical(
        this, tr("District File Damaged"),
        tr("%1 is damaged: %2\n\nEditing is off so that nothing more is written to it, and what "
           "the map and tables show may be incomplete. Unsaved edits stay in their recovery "
           "journal. Run \u201curbanops-cli check\u201d on the file for details, and restore it "
           "from a backup.")
            .arg(file, damage.first()));
}

bool MainWindow::mayCloseDistrict()
{
    for (const auto &guard : std::as_const(m_closeGuards))
        if (!guard())
            return false;
    return true;
}

void MainWindow::closeDistrict()
{
    if (!m_store)
        return;
    // The canvas lets go of the file before the store does.
    m_live->stop();
    m_canvas->clear();
    m_undoStack->clear(); // its commands write to the store being closed
    m_selection->clear();
    m_store.reset();
    m_access = server::ServerAccess();
    m_summaryReady = false;
    m_layerModel->clearCounts();
    m_statusBar->setStoreCrs(0);
    m_statusBar->setScale(0);
    m_statusBar->setOperatorName(DistrictStore::defaultOperatorName());
    updateTitle();
    updateActions();
    emit districtClosed();
}

void MainWindow::showAbout()
{
    QString crs = tr("no district open");
    if (m_store)
        crs = QStringLiteral("EPSG:%1").arg(m_store->srid());
    QMessageBox::about(this, tr("About UrbanOps Workstation"),
                       tr("<h3>UrbanOps Workstation %1</h3>"
                          "<p>The desktop GIS of the urban-management bureau: the component base map, risk "
                          "points, road segments and their chiefs, and road-excavation permits of a "
                          "district.</p><p>Coordinate system of the open district: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), crs));
}

} // namespace uo
