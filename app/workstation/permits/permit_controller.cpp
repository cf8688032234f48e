#include "app/workstation/permits/permit_controller.h"
#include "app/workstation/dock_room.h"

#include "app/workstation/edit_tools/conflicts_dialog.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/permits/permit_dialog.h"
#include "app/workstation/permits/permit_document.h"
#include "app/workstation/permits/permit_draw_tool.h"
#include "app/workstation/permits/permit_overlay.h"
#include "app/workstation/permits/permit_review_panel.h"
#include "app/workstation/permits/permit_statistics_dock.h"
#include "app/workstation/permits/permits_dock.h"
#include "app/workstation/permits/permits_menu.h"
#include "app/workstation/permits/road_dig_model.h"
#include "app/workstation/permits/rules_dialog.h"
#include "core/permits/nodig_calendar.h"
#include "core/permits/permit_rules.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/map_snapshot/map_snapshot.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>

namespace uo {

namespace {

// Retitles the review dock when the language changes; the panel inside has no title of its own.
class ReviewDock : public QDockWidget
{
public:
    using QDockWidget::QDockWidget;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            setWindowTitle(PermitController::tr("Permit review"));
        QDockWidget::changeEvent(event);
    }
};

} // namespace

PermitController::PermitController(MainWindow &window)
    : QObject(&window), m_window(window), m_document(new PermitDocument(window.undoStack(), this))
{
    m_register = new PermitsDock(m_document, &window);
    m_reviewDock = new ReviewDock(&window);
    m_reviewDock->setObjectName(QStringLiteral("PermitReviewDock"));
    m_reviewDock->setWindowTitle(tr("Permit review"));
    m_panel = new PermitReviewPanel(m_document, m_reviewDock);
    auto *scroll = new QScrollArea(m_reviewDock);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    m_reviewDock->setWidget(scroll);
    m_statistics = new PermitStatisticsDock(m_document, &window);
    m_overlay = new PermitOverlay(*window.canvas());
    m_tool = new PermitDrawTool(*window.canvas());
    auto *menu = new PermitsMenu(&window);
    m_menu = menu;
    placeDocks(menu);
    connectMenu(menu);
    connectRegister();
    connectReview();
    connectDrawTool();
    connectDocument();
}

// The docks where a user expects them, hidden until the saved layout or the menu shows them, and the
// Permits menu before Help, the last one.
void PermitController::placeDocks(PermitsMenu *menu)
{
    m_window.addDockWidget(Qt::BottomDockWidgetArea, m_register);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_statistics);
    m_window.tabifyDockWidget(m_reviewDock, m_statistics);
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_register), m_reviewDock, static_cast<QDockWidget *>(m_statistics)}) {
        menu->addDock(dock);
        dock->hide(); // the saved layout brings back what the user had open
    }
    giveDockRoom(m_window, m_register, Qt::Vertical, [this] { return m_window.height() / 3; });
    for (QDockWidget *dock : {m_reviewDock, static_cast<QDockWidget *>(m_statistics)})
        giveDockRoom(m_window, dock, Qt::Horizontal, [] { return 460; });
    const QList<QAction *> menus = m_window.menuBar()->actions();
    m_window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
}

// The menu's actions, enabled as the district allows.
void PermitController::connectMenu(PermitsMenu *menu)
{
    connect(menu->newAreaAction(), &QAction::triggered, this, [this] {
        m_tool->setShape(PermitDrawTool::Shape::Polygon);
        m_redrawing = 0;
        m_tool->activate();
    });
    connect(menu->newTrenchAction(), &QAction::triggered, this, [this] {
        m_tool->setShape(PermitDrawTool::Shape::Trench);
        m_redrawing = 0;
        m_tool->activate();
    });
    connect(menu->importAction(), &QAction::triggered, this, &PermitController::importApplications);
    connect(menu->rulesAction(), &QAction::triggered, this, &PermitController::showRules);
    auto enable = [this, menu] {
        const bool editable = m_document->isEditable();
        const QString why = m_document->whyNotEditable();
        for (QAction *action : {menu->newAreaAction(), menu->newTrenchAction(), menu->importAction()}) {
            action->setEnabled(editable);
            action->setToolTip(why); // empty: the action's text
        }
        menu->rulesAction()->setEnabled(m_document->store() != nullptr);
    };
    connect(m_document, &PermitDocument::storeChanged, this, enable);
    enable();
}

// The register's choice and requests.
void PermitController::connectRegister()
{
    connect(m_register, &PermitsDock::permitChosen, this, [this](qint64 id) {
        m_panel->setPermit(id);
        if (id > 0) {
            m_reviewDock->show();
            m_reviewDock->raise();
            zoomTo(m_panel->scene().bounds, 60);
        }
    });
    connect(m_register, &PermitsDock::newRequested, this, [this](PermitDrawTool::Shape shape, double width) {
        m_tool->setShape(shape);
        m_tool->setTrenchWidth(width);
        m_redrawing = 0;
        m_tool->activate();
    });
    connect(m_register, &PermitsDock::editRequested, this, &PermitController::editPermit);
    connect(m_register, &PermitsDock::importRequested, this, &PermitController::importApplications);
    connect(m_register, &PermitsDock::rulesRequested, this, &PermitController::showRules);
    connect(m_register, &PermitsDock::statisticsRequested, this, [this] {
        m_statistics->show();
        m_statistics->raise();
    });
}

// The review panel and the statistics, shown on the map.
void PermitController::connectReview()
{
    connect(m_panel, &PermitReviewPanel::sceneChanged, m_overlay, &PermitOverlay::setScene);
    connect(m_panel, &PermitReviewPanel::highlightRequested, this,
            [this](std::optional<Layer> layer, const QList<qint64> &ids, const QRectF &bounds) {
                m_overlay->setHighlight(layer, ids);
                // Only move the map when the features are not all in view.
                if (!m_window.canvas()->viewport().visibleMapRect().contains(bounds))
                    zoomTo(bounds, 60);
            });
    connect(m_panel, &PermitReviewPanel::editRequested, this, &PermitController::editPermit);
    connect(m_panel, &PermitReviewPanel::redrawRequested, this, [this](qint64 id) {
        m_redrawing = id;
        m_tool->activate();
    });
    connect(m_panel, &PermitReviewPanel::stepRefused, this, &PermitController::warn);
    connect(m_statistics, &PermitStatisticsDock::mostDugChanged, this, &PermitController::showMostDug);
    connect(m_statistics, &PermitStatisticsDock::roadActivated, this, [this](qint64 road) {
        const auto snapshot = m_window.canvas()->snapshot();
        const LayerFeatures *roads = snapshot ? snapshot->layer(tableOf(Layer::Roads)) : nullptr;
        if (const MapFeature *f = roads ? roads->find(road) : nullptr)
            zoomTo(f->bounds, 50);
    });
}

// Drawing a permit's area: what to do, in the status bar, and the area drawn.
void PermitController::connectDrawTool()
{
    connect(m_tool, &PermitDrawTool::activeChanged, this, [this](bool active) {
        if (active)
            m_window.statusBar()->showMessage(m_tool->shape() == PermitDrawTool::Shape::Trench
                                                  ? tr("Click along the trench's centre line; double-click "
                                                       "or Enter to finish, Backspace to undo a "
                                                       "point, Escape to stop.")
                                                  : tr("Click the corners of the dug area; double-click or "
                                                       "Enter to finish, Backspace to undo a "
                                                       "point, Escape to stop."));
        else
            m_window.statusBar()->clearMessage();
    });
    connect(m_tool, &PermitDrawTool::drawn, this, &PermitController::drawn);
    connect(m_tool, &PermitDrawTool::refused, this,
            [this](const QString &why) { m_window.statusBar()->showMessage(why, 8000); });
    connect(m_tool, &PermitDrawTool::cancelled, m_tool, &PermitDrawTool::deactivate);
}

// The document follows the district the window opens, and its changes reach the map and the panel.
void PermitController::connectDocument()
{
    connect(m_document, &PermitDocument::permitsChanged, this, [this](qint64 id) {
        m_window.canvas()->reloadChangedLayers();
        if (id == 0 || id == m_panel->permitId())
            m_panel->refresh();
    });
    connect(m_document, &PermitDocument::rulesChanged, m_panel, &PermitReviewPanel::refresh);
    connect(m_document, &PermitDocument::editFailed, this, &PermitController::warn);
    m_document->resolveConflicts = [this](const QString &action, const QList<edit::Conflict> &conflicts) {
        return edit::ConflictsDialog::keepMineOver(&m_window, action, conflicts);
    };
    connect(m_document, &PermitDocument::saved, this,
            [this](const QString &message) { m_window.statusBar()->showMessage(message, 10000); });
    auto take = [this] {
        m_document->setStore(m_window.store(), m_window.access().whyNot(server::Work::DecidePermits));
    };
    connect(&m_window, &MainWindow::districtOpened, this, take);
    connect(&m_window, &MainWindow::districtReadOnly, this, take);
    // Another workstation's commit: the register, review and statistics read the district again.
    connect(&m_window, &MainWindow::changedElsewhere, this, [this](const QStringList &tables) {
        if (MainWindow::touches(tables, {tableOf(Layer::Permits), QStringLiteral("permit_history")}))
            emit m_document->permitsChanged(0);
        if (MainWindow::touches(tables, {QStringLiteral("permit_rules"), QStringLiteral("nodig_calendar")}))
            emit m_document->rulesChanged();
    });
    connect(&m_window, &MainWindow::districtClosed, this, [this] {
        m_tool->deactivate();
        m_document->setStore(nullptr);
        m_panel->setPermit(0);
        m_overlay->setMostDug({});
    });
}

void PermitController::review(qint64 permitId)
{
    m_register->show();
    m_register->choosePermit(permitId);
}

void PermitController::zoomTo(const QRectF &mapRect, double contextM)
{
    if (mapRect.isNull() && mapRect.topLeft().isNull())
        return;
    m_window.canvas()->zoomToRect(mapRect.adjusted(-contextM, -contextM, contextM, contextM));
}

void PermitController::warn(const QString &message)
{
    QMessageBox::warning(&m_window, tr("Permits"), message);
}

void PermitController::drawn(const Geometry &area, double trenchM)
{
    m_tool->deactivate();
    const QByteArray blob = geometry_blob::encode(area);
    const double m2 = PermitDrawTool::planarArea(area);
    try {
        if (m_redrawing > 0) {
            const qint64 id = m_redrawing;
            m_redrawing = 0;
            m_document->edit(id, {{QStringLiteral("geom"), blob},
                                  {QStringLiteral("area_m2"), m2},
                                  {QStringLiteral("trench_length_m"), trenchM}});
            return;
        }
        PermitDialog dialog(&m_window);
        dialog.setArea(blob, m2, trenchM);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const qint64 id = m_document->create(dialog.values());
        review(id);
    } catch (const Error &error) {
        warn(error.message());
    }
}

void PermitController::editPermit(qint64 permitId)
{
    if (permitId <= 0 || !m_document->store())
        return;
    PermitDialog dialog(&m_window);
    dialog.setValues(m_document->read(permitId));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QVariantMap values = dialog.values();
    values.remove(QStringLiteral("geom")); // the area changes only by drawing it again
    try {
        m_document->edit(permitId, values);
    } catch (const Error &error) {
        warn(error.message());
    }
}

void PermitController::showRules()
{
    DistrictStore *store = m_document->store();
    if (!store)
        return;
    RulesDialog dialog(&m_window);
    dialog.setRules(PermitRules::load(*store));
    dialog.setPeriods(NoDigCalendar::load(*store));
    if (!m_document->isEditable())
        dialog.setWindowTitle(tr("Excavation rules (read-only)"));
    if (dialog.exec() != QDialog::Accepted || !m_document->isEditable())
        return;
    try {
        m_document->saveRules(dialog.rules(), dialog.periods());
    } catch (const Error &error) {
        warn(error.message());
    }
}

void PermitController::importApplications()
{
    if (!m_document->isEditable())
        return;
    const QString file = QFileDialog::getOpenFileName(&m_window, tr("Import permit applications"), QString(),
                                                      tr("Applications (*.csv *.geojson *.json)"));
    if (file.isEmpty())
        return;
    try {
        int imported = 0;
        const QStringList errors = m_document->import(file, 0, &imported);
        if (!errors.isEmpty()) {
            QMessageBox box(QMessageBox::Warning, tr("Import permit applications"),
                            tr("Nothing was imported: %n row(s) are not right.", nullptr, int(errors.size())),
                            QMessageBox::Ok, &m_window);
            box.setDetailedText(errors.join(QLatin1Char('\n')));
            box.exec();
            return;
        }
        m_window.statusBar()->showMessage(tr("%n application(s) imported.", nullptr, imported), 10000);
    } catch (const Error &error) {
        warn(error.message());
    }
}

void PermitController::showMostDug(const QList<qint64> &roadIds)
{
    QList<PermitOverlay::RankedRoad> ranked;
    const auto snapshot = m_window.canvas()->snapshot();
    const LayerFeatures *roads = snapshot ? snapshot->layer(tableOf(Layer::Roads)) : nullptr;
    QHash<qint64, int> digs;
    for (const RoadDigCount &r : m_statistics->roadModel()->roads())
        digs.insert(r.roadId, r.digs);
    QRectF bounds;
    for (qint64 id : roadIds)
        if (const MapFeature *f = roads ? roads->find(id) : nullptr) {
            ranked.append({f->label, digs.value(id), f->geometry});
            bounds = bounds.united(f->bounds);
        }
    m_overlay->setMostDug(ranked);
    if (!ranked.isEmpty())
        zoomTo(bounds, 100);
}

} // namespace uo
