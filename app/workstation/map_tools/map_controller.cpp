#include "app/workstation/map_tools/map_controller.h"
#include "app/workstation/dock_room.h"

#include "app/workstation/layer_list_model.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"
#include "app/workstation/map_tools/bookmark_model.h"
#include "app/workstation/map_tools/bookmarks_dock.h"
#include "app/workstation/map_tools/extent_history.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "app/workstation/map_tools/identify_dock.h"
#include "app/workstation/map_tools/identify_tool.h"
#include "app/workstation/map_tools/map_tool_icons.h"
#include "app/workstation/map_tools/measure_tool.h"
#include "app/workstation/map_tools/search_box.h"
#include "app/workstation/map_tools/select_tool.h"
#include "app/workstation/map_tools/selection_overlay.h"
#include "app/workstation/map_tools/zoom_box_tool.h"
#include "core/search/feature_search.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>

namespace uo {

namespace {
// Drawn under everything else and covering it: a click anywhere would select them.
const QSet<QString> kBackgroundAreas = {tableOf(Layer::DistrictBoundary), tableOf(Layer::Streets),
                                        tableOf(Layer::GridCells)};
constexpr double kMetresPerInch = 0.0254;

// QRectF::united ignores a rectangle without size, which is what a point's bounds are.
void extend(std::optional<QRectF> &bounds, const QRectF &more)
{
    if (!bounds) {
        bounds = more;
        return;
    }
    bounds =
        QRectF(QPointF(std::min(bounds->left(), more.left()), std::min(bounds->top(), more.top())),
               QPointF(std::max(bounds->right(), more.right()), std::max(bounds->bottom(), more.bottom())));
}
} // namespace

MapController::MapController(MainWindow &window) : QObject(&window), m_window(window)
{
    MapCanvas &canvas = *window.canvas();
    m_history = new ExtentHistory(canvas);
    m_overlay = new SelectionOverlay(canvas, *window.selection());
    m_zoomBox = new ZoomBoxTool(canvas);
    m_identify = new IdentifyTool(canvas, [this] { return identifiableLayers(); });
    m_selectRectangle = new SelectTool(canvas, *window.selection(), SelectTool::Shape::Rectangle,
                                       [this] { return selectableLayers(); });
    m_selectPolygon = new SelectTool(canvas, *window.selection(), SelectTool::Shape::Polygon,
                                     [this] { return selectableLayers(); });
    m_measureDistance = new MeasureTool(canvas, MeasureTool::Mode::Distance);
    m_measureArea = new MeasureTool(canvas, MeasureTool::Mode::Area);
    m_chainage = new MeasureTool(canvas, MeasureTool::Mode::Chainage);
    for (MeasureTool *tool : {m_measureDistance, m_measureArea, m_chainage})
        connect(tool, &MeasureTool::measured, this, [this](const QString &text) {
            // Shown until the next measure or message; nothing measured leaves the bar to others.
            if (text.isEmpty())
                m_window.mapStatusBar()->clearMessage();
            else
                m_window.mapStatusBar()->showMessage(text);
        });

    m_identifyDock = new IdentifyDock(&window);
    window.addDockWidget(Qt::RightDockWidgetArea, m_identifyDock);
    m_identifyDock->hide();
    // Wide enough for titles and values to show whole.
    giveDockRoom(m_window, m_identifyDock, Qt::Horizontal,
                 [this] { return m_identifyDock->sizeHint().width(); });
    connect(m_identify, &IdentifyTool::identified, this,
            [this](const QList<FeatureHit> &hits, QPointF point) {
                m_identifyDock->showHits(hits, point);
                m_identifyDock->show();
                m_identifyDock->raise();
            });
    connect(m_identifyDock, &IdentifyDock::featureActivated, this, [this](const QString &table, qint64 id) {
        const auto snapshot = m_window.canvas()->snapshot();
        const LayerFeatures *features = snapshot ? snapshot->layer(table) : nullptr;
        if (const MapFeature *feature = features ? features->find(id) : nullptr)
            m_window.canvas()->zoomToRect(feature->bounds);
        m_window.selection()->select(table, {id});
    });

    m_bookmarkModel = new BookmarkModel(this);
    m_bookmarksDock = new BookmarksDock(*m_bookmarkModel, &window);
    window.addDockWidget(Qt::RightDockWidgetArea, m_bookmarksDock);
    m_bookmarksDock->hide();
    connect(m_bookmarksDock, &BookmarksDock::currentExtentWanted, this, [this](QRectF *extent) {
        *extent = m_window.store() ? m_window.canvas()->viewport().visibleMapRect() : QRectF();
    });
    connect(m_bookmarksDock, &BookmarksDock::goToRequested, this, [this](const QRectF &extent) {
        MapViewport viewport = m_window.canvas()->viewport();
        viewport.fit(extent, 0.0);
        m_window.canvas()->setViewport(viewport);
    });

    m_search = new SearchBox(&window);
    m_search->setEnabled(false);
    connect(m_search, &SearchBox::resultChosen, this, &MapController::goTo);

    m_selectionCount = new QLabel(window.mapStatusBar());
    window.mapStatusBar()->addPermanentWidget(m_selectionCount);
    m_selectionCount->hide();
    connect(window.selection(), &FeatureSelection::changed, this, &MapController::updateSelectionCount);
    connect(window.selection(), &FeatureSelection::changed, this, &MapController::updateActions);
    connect(window.mapStatusBar(), &MapStatusBar::scaleRequested, this, &MapController::setScale);
    connect(window.mapStatusBar(), &MapStatusBar::wholeDistrictRequested, &canvas,
            &MapCanvas::zoomToFullExtent);

    createActions();
    createToolBar();
    connect(m_history, &ExtentHistory::changed, this, &MapController::updateActions);
    connect(&canvas, &MapCanvas::toolChanged, this, [this](MapTool *tool) {
        // A tool set from elsewhere (an editing tool) leaves none of these checked.
        m_pan->setChecked(!tool);
        m_zoomBoxAction->setChecked(tool == m_zoomBox);
        m_identifyAction->setChecked(tool == m_identify);
        m_selectRectangleAction->setChecked(tool == m_selectRectangle);
        m_selectPolygonAction->setChecked(tool == m_selectPolygon);
        m_measureDistanceAction->setChecked(tool == m_measureDistance);
        m_measureAreaAction->setChecked(tool == m_measureArea);
        m_chainageAction->setChecked(tool == m_chainage);
    });
    connect(&window, &MainWindow::districtOpened, this, &MapController::districtOpened);
    connect(&window, &MainWindow::districtClosed, this, &MapController::districtClosed);
    // Written when the map has stopped moving for a moment, not at every step of a drag.
    m_keepExtent.setSingleShot(true);
    m_keepExtent.setInterval(500);
    connect(&m_keepExtent, &QTimer::timeout, this, &MapController::keepExtent);
    connect(&canvas, &MapCanvas::viewportChanged, this, [this] {
        if (!m_view.isValid() || !m_window.canvas()->snapshot())
            return;
        m_extentToKeep = m_window.canvas()->viewport().visibleMapRect();
        m_keepExtent.start();
    });
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

MapController::~MapController()
{
    keepExtent();
}

void MapController::keepExtent()
{
    m_keepExtent.stop();
    if (!m_extentToKeep.isEmpty())
        m_view.setExtent(m_extentToKeep);
    m_extentToKeep = QRectF();
}

void MapController::createActions()
{
    const auto action = [this](map_icons::Icon icon, const QKeySequence &shortcut, bool checkable = false) {
        auto *a = new QAction(map_icons::icon(icon), QString(), this);
        a->setShortcut(shortcut);
        a->setCheckable(checkable);
        return a;
    };
    m_toolGroup = new QActionGroup(this);
    m_pan = action(map_icons::Icon::Pan, QKeySequence(Qt::Key_P), true);
    m_zoomBoxAction = action(map_icons::Icon::ZoomBox, QKeySequence(Qt::Key_Z), true);
    m_identifyAction = action(map_icons::Icon::Identify, QKeySequence(Qt::Key_I), true);
    m_selectRectangleAction = action(map_icons::Icon::SelectRectangle, QKeySequence(Qt::Key_S), true);
    m_selectPolygonAction = action(map_icons::Icon::SelectPolygon, QKeySequence(Qt::SHIFT | Qt::Key_S), true);
    m_measureDistanceAction = action(map_icons::Icon::MeasureDistance, QKeySequence(Qt::Key_M), true);
    m_measureAreaAction = action(map_icons::Icon::MeasureArea, QKeySequence(Qt::SHIFT | Qt::Key_M), true);
    m_chainageAction = action(map_icons::Icon::Chainage, QKeySequence(Qt::Key_K), true);
    const QList<std::pair<QAction *, MapTool *>> tools = {{m_pan, nullptr},
                                                          {m_zoomBoxAction, m_zoomBox},
                                                          {m_identifyAction, m_identify},
                                                          {m_selectRectangleAction, m_selectRectangle},
                                                          {m_selectPolygonAction, m_selectPolygon},
                                                          {m_measureDistanceAction, m_measureDistance},
                                                          {m_measureAreaAction, m_measureArea},
                                                          {m_chainageAction, m_chainage}};
    for (const auto &[a, tool] : tools) {
        m_toolGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, tool] { m_window.canvas()->setTool(tool); });
    }
    m_pan->setChecked(true);

    m_previous = action(map_icons::Icon::PreviousExtent, QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_previous, &QAction::triggered, m_history, &ExtentHistory::back);
    m_next = action(map_icons::Icon::NextExtent, QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_next, &QAction::triggered, m_history, &ExtentHistory::forward);
    m_zoomToSelection = action(map_icons::Icon::ZoomToSelection, QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_zoomToSelection, &QAction::triggered, this, [this] {
        if (const std::optional<QRectF> bounds = selectionBounds())
            m_window.canvas()->zoomToRect(*bounds);
    });
    m_zoomToLayer = action(map_icons::Icon::ZoomToLayer, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_zoomToLayer, &QAction::triggered, this,
            [this] { zoomToLayer(m_window.layerModel()->tableAt(m_window.layerView()->currentIndex())); });
    m_clearSelection =
        action(map_icons::Icon::ClearSelection, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_clearSelection, &QAction::triggered, m_window.selection(), &FeatureSelection::clear);
    m_addBookmark = action(map_icons::Icon::Bookmark, QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_addBookmark, &QAction::triggered, this, [this] {
        m_bookmarksDock->show();
        m_bookmarksDock->addCurrentView();
    });
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_window.addAction(m_findAction);
}

void MapController::createToolBar()
{
    m_toolBar = new QToolBar(&m_window);
    m_toolBar->setObjectName(QStringLiteral("MapToolBar"));
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->addActions(m_toolGroup->actions());
    m_toolBar->addSeparator();
    m_fullExtent = m_window.fullExtentAction();
    m_fullExtent->setIcon(map_icons::icon(map_icons::Icon::FullExtent));
    m_toolBar->addAction(m_fullExtent);
    m_toolBar->addAction(m_previous);
    m_toolBar->addAction(m_next);
    m_toolBar->addAction(m_zoomToSelection);
    m_toolBar->addAction(m_zoomToLayer);
    m_toolBar->addAction(m_clearSelection);
    m_toolBar->addAction(m_addBookmark);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_search);
    m_window.addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void MapController::addToViewMenu(QMenu *menu)
{
    menu->addSeparator();
    menu->addActions(m_toolGroup->actions());
    menu->addSeparator();
    menu->addAction(m_previous);
    menu->addAction(m_next);
    menu->addAction(m_zoomToSelection);
    menu->addAction(m_zoomToLayer);
    menu->addAction(m_clearSelection);
    menu->addSeparator();
    menu->addAction(m_addBookmark);
    menu->addAction(m_findAction);
    menu->addSeparator();
    menu->addAction(m_toolBar->toggleViewAction());
    menu->addAction(m_identifyDock->toggleViewAction());
    menu->addAction(m_bookmarksDock->toggleViewAction());
}

void MapController::retranslate()
{
    const auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setToolTip(a->shortcut().isEmpty()
                          ? tip
                          : tr("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
    };
    set(m_pan, tr("&Pan"), tr("Drag the map to move it"));
    set(m_zoomBoxAction, tr("&Zoom Box"),
        tr("Drag a rectangle to show just it; click to zoom in, right-click to zoom out"));
    set(m_identifyAction, tr("&Identify"), tr("Click a feature to see all of its attributes"));
    set(m_selectRectangleAction, tr("Select by &Rectangle"),
        tr("Click or drag a rectangle to select; Shift adds, Ctrl removes, Esc clears"));
    set(m_selectPolygonAction, tr("Select by Pol&ygon"),
        tr("Click the corners of a polygon, double-click to close it; Shift adds, Ctrl removes"));
    set(m_measureDistanceAction, tr("&Measure Distance"),
        tr("Click the points of a line to measure its length in metres; double-click ends it, Esc clears"));
    set(m_measureAreaAction, tr("Measure &Area"),
        tr("Click the corners of an area to measure it in square metres; double-click ends it, Esc clears"));
    set(m_chainageAction, tr("Road &Chainage"),
        tr("Point at a road to read its chainage (K0+880); click two places to measure along it"));
    set(m_previous, tr("Pre&vious Extent"), tr("Go back to the view before"));
    set(m_next, tr("Ne&xt Extent"), tr("Go forward again to the next view"));
    set(m_zoomToSelection, tr("Zoom to &Selection"), tr("Show all the selected features"));
    set(m_zoomToLayer, tr("Zoom to La&yer"), tr("Show all of the layer chosen in the layer list"));
    set(m_clearSelection, tr("&Clear Selection"), tr("Select nothing"));
    set(m_addBookmark, tr("Add &Bookmark\u2026"),
        tr("Keep the view shown now as one of your spatial bookmarks of this district"));
    set(m_findAction, tr("&Find\u2026"),
        tr("Find a street, community, road, segment, permit, person, shop, risk point or component"));
    m_toolBar->setWindowTitle(tr("Map"));
    m_toolBar->toggleViewAction()->setText(tr("&Map Toolbar"));
    updateSelectionCount();
}

bool MapController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void MapController::updateActions()
{
    const bool open = m_window.store() != nullptr;
    for (QAction *a : m_toolGroup->actions())
        a->setEnabled(open);
    m_previous->setEnabled(open && m_history->canGoBack());
    m_next->setEnabled(open && m_history->canGoForward());
    m_zoomToSelection->setEnabled(open && !m_window.selection()->isEmpty());
    m_clearSelection->setEnabled(open && !m_window.selection()->isEmpty());
    m_zoomToLayer->setEnabled(open);
    m_addBookmark->setEnabled(open);
    m_findAction->setEnabled(open);
}

void MapController::districtOpened()
{
    m_view = PersonalView(*m_window.store());
    if (const std::optional<QRectF> extent = m_view.extent())
        m_window.canvas()->setStartExtent(*extent);
    m_history->clear();
    m_identifyDock->setStore(m_window.store());
    m_bookmarkModel->setStore(m_window.store());
    m_search->setStore(m_window.store());
    updateActions();
}

void MapController::districtClosed()
{
    keepExtent();
    m_view = PersonalView();
    m_window.canvas()->setTool(nullptr);
    m_history->clear();
    m_identifyDock->setStore(nullptr);
    m_bookmarkModel->setStore(nullptr);
    m_search->setStore(nullptr);
    updateActions();
}

void MapController::updateSelectionCount()
{
    const qint64 count = m_window.selection()->count();
    m_selectionCount->setVisible(count > 0);
    m_selectionCount->setText(tr("%n selected", nullptr, int(count)));
}

QSet<QString> MapController::identifiableLayers() const
{
    return m_window.canvas()->visibleLayers();
}

QSet<QString> MapController::selectableLayers() const
{
    return m_window.canvas()->visibleLayers() - kBackgroundAreas;
}

std::optional<QRectF> MapController::selectionBounds() const
{
    const auto snapshot = m_window.canvas()->snapshot();
    const FeatureSelection &selection = *m_window.selection();
    if (!snapshot || selection.isEmpty())
        return std::nullopt;
    std::optional<QRectF> bounds;
    for (const QString &table : selection.tables()) {
        if (const LayerFeatures *features = snapshot->layer(table)) {
            for (const qint64 id : selection.ids(table))
                if (const MapFeature *feature = features->find(id))
                    extend(bounds, feature->bounds);
        }
    }
    // The overlay has already looked up where the selected components are.
    for (const QPointF &p : m_overlay->componentPositions())
        extend(bounds, QRectF(p, QSizeF(0, 0)));
    return bounds;
}

void MapController::setScale(double denominator)
{
    MapCanvas &canvas = *m_window.canvas();
    if (denominator <= 0 || !canvas.viewport().isValid())
        return;
    MapViewport viewport = canvas.viewport();
    viewport.setMapUnitsPerPixel(denominator * kMetresPerInch / canvas.logicalDpiX());
    canvas.setViewport(viewport);
}

void MapController::zoomToLayer(const QString &table)
{
    const auto snapshot = m_window.canvas()->snapshot();
    if (!snapshot || table.isEmpty())
        return;
    std::optional<QRectF> extent;
    if (const LayerFeatures *features = snapshot->layer(table); features && features->size() > 0)
        extent = features->extent();
    else if (layerOf(table) == Layer::Components && snapshot->components() &&
             snapshot->components()->size() > 0)
        extent = snapshot->components()->extent();
    if (extent)
        m_window.canvas()->zoomToRect(*extent);
    else
        m_window.mapStatusBar()->showMessage(tr("The layer has no features to show."), 5000);
}

void MapController::goTo(const SearchResult &result)
{
    if (result.located)
        m_window.canvas()->zoomToRect(result.bounds);
    if (!result.ids.isEmpty()) {
        const QList<qint64> &ids = result.ids;
        m_window.selection()->select(result.table, QSet<qint64>(ids.begin(), ids.end()));
    }
}

} // namespace uo
