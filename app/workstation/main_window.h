#pragma once

#include "app/workstation/server_open.h"
#include "app/workstation/store_summary.h"
#include "core/server/server_access.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QTreeView;
class QUndoStack;

namespace uo {

class DistrictStore;
class FeatureSelection;
class LanguageMenu;
class LiveUpdates;
class LayerListModel;
class MapCanvas;
class MapController;
class MapStatusBar;
class RecentFilesMenu;
class SegmentController;

// The workstation's window: menus, the map canvas, the layer list and the status bar around one open
// district store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a district store (a file, or a server district's postgresql:// address) in place of the
    // current one. On failure the current one stays open and the reason is shown in a message box, or
    // put in *error instead when error is given.
    bool openDistrict(const QString &path, QString *error = nullptr);
    // Asked for a server's password when it wants one (a password box unless replaced, e.g. by tests).
    PasswordAsker askPassword;
    // Who is signed in to the open district and what their role lets them change (everything on a file).
    const server::ServerAccess &access() const { return m_access; }
    void closeDistrict();
    // Asked before the open district closes for another or by File ▸ Close (e.g. "save the unsaved
    // edits?"); a guard that returns false keeps it open. Closing the window asks in its close event.
    void addCloseGuard(std::function<bool()> guard) { m_closeGuards.append(std::move(guard)); }
    // Puts the window and its docks where they were when the program last closed.
    void restoreLayout();

    DistrictStore *store() const { return m_store.get(); }
    MapCanvas *canvas() const { return m_canvas; }
    LayerListModel *layerModel() const { return m_layerModel; }
    QTreeView *layerView() const { return m_layerView; }
    MapStatusBar *mapStatusBar() const { return m_statusBar; }
    // Edits of the open district, one command per user action; cleared when the district closes.
    QUndoStack *undoStack() const { return m_undoStack; }
    SegmentController *segmentController() const { return m_segmentController; }
    // Navigation, identify, selection, search and bookmarks (the Map toolbar).
    MapController *mapController() const { return m_mapController; }
    QAction *fullExtentAction() const { return m_fullExtentAction; }
    QMenu *fileMenu() const { return m_fileMenu; }
    // Counts the features again (in a worker) after something added or removed many of them.
    void refreshSummary();
    // The features selected on the map or in a table; emptied when the district closes.
    FeatureSelection *selection() const { return m_selection; }
    LiveUpdates *liveUpdates() const { return m_live; }
    // Whether changedElsewhere(tables) concerns one of `these`.
    static bool touches(const QStringList &tables, const QStringList &these);
    // Whether the feature counts of the open store are known.
    bool isSummaryReady() const { return m_summaryReady; }

signals:
    void districtOpened(const QString &path);
    void districtClosed();
    // The open district takes no more writes (it was found damaged after opening): tools turn editing off.
    void districtReadOnly();
    // Another workstation committed changes to these tables of the open server district (none named:
    // any of them, after a lost connection came back): views of them read the district again.
    void changedElsewhere(const QStringList &tables);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createLayerDock();
    void retranslateUi();
    void updateTitle();
    void updateActions();
    // Undo and Redo name the step they take, in the current language.
    void updateUndoActions();
    void chooseAndOpen();
    void chooseServerAndOpen();
    // Takes an opened store as the window's district, with who is signed in to it.
    void showDistrict(std::unique_ptr<DistrictStore> store, const QString &backupPath,
                      const server::ServerAccess &access);
    void showAbout();
    void summaryDone();
    // Reads again what another workstation changed: the map's layers, the counts, and (by the signal)
    // the tools' views.
    void seeChangesElsewhere(const QStringList &tables);
    void checkDone();

    bool mayCloseDistrict();

    std::unique_ptr<DistrictStore> m_store;
    server::ServerAccess m_access;
    LiveUpdates *m_live = nullptr;
    QList<std::function<bool()>> m_closeGuards;
    bool m_summaryReady = false;
    QFutureWatcher<StoreSummary> *m_summaryWatcher = nullptr;
    QFutureWatcher<QStringList> *m_checkWatcher = nullptr; // SQLite's quick check after opening

    MapCanvas *m_canvas;
    MapStatusBar *m_statusBar;
    LayerListModel *m_layerModel;
    QDockWidget *m_layerDock = nullptr;
    QTreeView *m_layerView = nullptr;

    QUndoStack *m_undoStack = nullptr;
    FeatureSelection *m_selection = nullptr;
    SegmentController *m_segmentController = nullptr;
    MapController *m_mapController = nullptr;
    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr, *m_helpMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_openAction = nullptr, *m_openServerAction = nullptr, *m_closeAction = nullptr,
            *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr, *m_redoAction = nullptr;
    QAction *m_fullExtentAction = nullptr, *m_zoomInAction = nullptr, *m_zoomOutAction = nullptr;
    QAction *m_aboutAction = nullptr, *m_aboutQtAction = nullptr;
};

} // namespace uo
