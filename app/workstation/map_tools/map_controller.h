#pragma once

#include "app/workstation/personal_view.h"

#include <QObject>
#include <QRectF>
#include <QSet>
#include <QTimer>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;

namespace uo {

class BookmarkModel;
class BookmarksDock;
class ExtentHistory;
class IdentifyDock;
class IdentifyTool;
class MainWindow;
class MeasureTool;
class SearchBox;
class SelectTool;
class SelectionOverlay;
class ZoomBoxTool;
struct SearchResult;

// Finding one's way on the map: the Map toolbar (pan, zoom box, identify, select by rectangle or
// polygon, measure distance, area and chainage, full extent, previous and next extent, zoom to the
// selection and to a layer), the search field, the identify results and the spatial bookmarks, and
// the scale box and selection count in the status bar. Installed by one line in MainWindow;
// everything it changes goes through the window's canvas, selection and store.
class MapController : public QObject
{
    Q_OBJECT

public:
    explicit MapController(MainWindow &window);
    ~MapController() override;

    QToolBar *toolBar() const { return m_toolBar; }
    // View menu entries, put there by the window.
    void addToViewMenu(QMenu *menu);

    ExtentHistory *history() const { return m_history; }
    BookmarkModel *bookmarks() const { return m_bookmarkModel; }
    IdentifyDock *identifyDock() const { return m_identifyDock; }
    SearchBox *searchBox() const { return m_search; }
    ZoomBoxTool *zoomBoxTool() const { return m_zoomBox; }
    SelectTool *selectRectangleTool() const { return m_selectRectangle; }
    MeasureTool *measureDistanceTool() const { return m_measureDistance; }
    MeasureTool *measureAreaTool() const { return m_measureArea; }
    MeasureTool *chainageTool() const { return m_chainage; }

    QAction *panAction() const { return m_pan; }
    QAction *zoomBoxAction() const { return m_zoomBoxAction; }
    QAction *identifyAction() const { return m_identifyAction; }
    QAction *selectRectangleAction() const { return m_selectRectangleAction; }
    QAction *selectPolygonAction() const { return m_selectPolygonAction; }
    QAction *measureDistanceAction() const { return m_measureDistanceAction; }
    QAction *measureAreaAction() const { return m_measureAreaAction; }
    QAction *chainageAction() const { return m_chainageAction; }
    QAction *previousExtentAction() const { return m_previous; }
    QAction *nextExtentAction() const { return m_next; }
    QAction *zoomToSelectionAction() const { return m_zoomToSelection; }

    // The layers select and identify work on: the visible ones; select leaves out the background areas
    // (district, streets, grid cells) that would otherwise be taken by every click.
    QSet<QString> identifiableLayers() const;
    QSet<QString> selectableLayers() const;
    // Bounds of the selected features, from the map in memory; none when nothing is selected.
    std::optional<QRectF> selectionBounds() const;
    // Shows the map at 1:denominator about the same centre.
    void setScale(double denominator);
    void zoomToLayer(const QString &table);
    void goTo(const SearchResult &result);

private:
    void createActions();
    void createToolBar();
    void retranslate();
    void updateActions();
    void districtOpened();
    void districtClosed();
    void updateSelectionCount();
    // Keeps the extent shown as the user's, a moment after the map stops moving.
    void keepExtent();
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow &m_window;
    PersonalView m_view;
    QRectF m_extentToKeep;
    QTimer m_keepExtent;
    ExtentHistory *m_history;
    SelectionOverlay *m_overlay;
    ZoomBoxTool *m_zoomBox;
    IdentifyTool *m_identify;
    SelectTool *m_selectRectangle, *m_selectPolygon;
    MeasureTool *m_measureDistance, *m_measureArea, *m_chainage;
    BookmarkModel *m_bookmarkModel;
    BookmarksDock *m_bookmarksDock;
    IdentifyDock *m_identifyDock;
    SearchBox *m_search;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_selectionCount;
    QActionGroup *m_toolGroup = nullptr;
    QAction *m_pan = nullptr, *m_zoomBoxAction = nullptr, *m_identifyAction = nullptr;
    QAction *m_selectRectangleAction = nullptr, *m_selectPolygonAction = nullptr;
    QAction *m_measureDistanceAction = nullptr, *m_measureAreaAction = nullptr, *m_chainageAction = nullptr;
    QAction *m_previous = nullptr, *m_next = nullptr, *m_zoomToSelection = nullptr, *m_zoomToLayer = nullptr;
    QAction *m_clearSelection = nullptr, *m_addBookmark = nullptr, *m_findAction = nullptr;
    QAction *m_fullExtent = nullptr;
};

} // namespace uo
