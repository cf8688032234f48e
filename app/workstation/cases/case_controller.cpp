#include "app/workstation/cases/case_controller.h"

#include "app/workstation/cases/case_document.h"
#include "app/workstation/cases/case_filter_model.h"
#include "app/workstation/cases/case_overlay.h"
#include "app/workstation/cases/case_panel.h"
#include "app/workstation/cases/case_place_tool.h"
#include "app/workstation/cases/case_rules_dialog.h"
#include "app/workstation/cases/case_table_model.h"
#include "app/workstation/cases/cases_dock.h"
#include "app/workstation/cases/cases_menu.h"
#include "app/workstation/cases/new_case_dialog.h"
#include "app/workstation/cases/risk_chart.h"
#include "app/workstation/cases/risk_panel.h"
#include "app/workstation/dock_room.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_tools/identify_dock.h"
#include "app/workstation/map_tools/map_controller.h"
#include "app/workstation/map_tools/search_box.h"
#include "app/workstation/segments/my_segments_dock.h"
#include "app/workstation/segments/segment_controller.h"
#include "core/cases/case_labels.h"
#include "core/cases/case_units.h"
#include "core/cases/case_workflow.h"
#include "core/cases/risk_history.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/case_style.h"
#include "gis/report_layout/reports.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QUndoStack>

namespace uo {

namespace {

QDockWidget *sideDock(QMainWindow &window, QWidget *content, const QString &name)
{
    auto *dock = new QDockWidget(&window);
    dock->setObjectName(name);
    auto *scroll = new QScrollArea(dock);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    dock->setWidget(scroll);
    return dock;
}

} // namespace

bool CaseController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CaseController::retranslate()
{
    // Titled apart from the register ("Cases") and the layers, which Chinese names the same (案件, 风险点).
    m_caseDock->setWindowTitle(tr("Case details"));
    m_riskDock->setWindowTitle(tr("Risk point details"));
}

CaseController::CaseController(MainWindow &window)
    : QObject(&window), m_window(window), m_document(new CaseDocument(window.undoStack(), this))
{
    m_register = new CasesDock(CasesDock::Role::Register, m_document, &window);
    m_queue = new CasesDock(CasesDock::Role::Queue, m_document, &window);
    m_panel = new CasePanel(m_document);
    m_caseDock = sideDock(window, m_panel, QStringLiteral("CaseDock"));
    m_riskPanel = new RiskPanel(m_document);
    m_riskDock = sideDock(window, m_riskPanel, QStringLiteral("RiskDock"));
    m_overlay = new CaseOverlay(*window.canvas());
    m_tool = new CasePlaceTool(*window.canvas());
    m_menu = new CasesMenu(&window);
    retranslate();
    window.installEventFilter(this); // the dock titles follow a change of language

    placeDocks();
    connectMenu();
    connectViews();
    connectWindow();
}

// The docks where a user expects them, hidden until the saved layout or the menu shows them, and the
// Cases menu before Help, the last one.
void CaseController::placeDocks()
{
    m_window.addDockWidget(Qt::BottomDockWidgetArea, m_register);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_queue);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_caseDock);
    m_window.addDockWidget(Qt::RightDockWidgetArea, m_riskDock);
    m_window.tabifyDockWidget(m_caseDock, m_riskDock);
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_register), static_cast<QDockWidget *>(m_queue),
                              m_caseDock, m_riskDock}) {
        m_menu->addDock(dock);
        dock->hide(); // the saved layout brings back what the user had open
    }
    // Opened the first time, as the permit docks are: the register a third of the window, the queue
    // and the panels wide enough for the queue's columns and the panels' forms.
    giveDockRoom(m_window, m_register, Qt::Vertical, [this] { return m_window.height() / 3; });
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_queue), m_caseDock, m_riskDock})
        giveDockRoom(m_window, dock, Qt::Horizontal, [] { return 460; });
    const QList<QAction *> menus = m_window.menuBar()->actions();
    m_window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
}

// The menu's actions, enabled as the district and the signed-in role allow.
void CaseController::connectMenu()
{
    const auto enable = [this] {
        m_menu->newCaseAction()->setEnabled(m_document->isEditable());
        // Raising alerts writes cases any chief may not: the editors' and administrators' work.
        const QString why = CaseWorkflow::editRefusal(m_document->actor());
        m_menu->checkAlertsAction()->setEnabled(m_document->isEditable() && why.isEmpty());
        m_menu->checkAlertsAction()->setToolTip(why);
        m_menu->rulesAction()->setEnabled(m_document->hasCases());
        m_menu->reportAction()->setEnabled(m_document->hasCases());
    };
    connect(m_document, &CaseDocument::storeChanged, this, enable);
    enable();
    connect(m_menu->newCaseAction(), &QAction::triggered, m_tool, &MapTool::activate);
    connect(m_menu->checkAlertsAction(), &QAction::triggered, this, [this] {
        try {
            const int n = m_document->raiseAlerts();
            m_window.statusBar()->showMessage(n > 0 ? tr("%n new alert(s), each raised a case.", nullptr, n)
                                                    : tr("The monitoring rules find no new alert."),
                                              10000);
        } catch (const Error &e) {
            warn(e.message());
        }
    });
    connect(m_menu->rulesAction(), &QAction::triggered, this, &CaseController::showRules);
    connect(m_menu->reportAction(), &QAction::triggered, this, &CaseController::printMonthlyReport);
}

// The register, the queue, the panels and the document: a case chosen anywhere opens in the panel.
void CaseController::connectViews()
{
    for (CasesDock *dock : {m_register, m_queue})
        connect(dock, &CasesDock::caseChosen, this, [this](qint64 id) {
            if (id > 0)
                showCase(id);
        });
    connect(m_register, &CasesDock::newRequested, m_tool, &MapTool::activate);
    connect(m_register, &CasesDock::rulesRequested, this, &CaseController::showRules);
    connect(m_register, &CasesDock::reportRequested, this, &CaseController::printMonthlyReport);
    connect(m_register, &CasesDock::densityRequested, this, [this](bool on) {
        m_density = on;
        updateDensity();
    });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_register->filter())}) {
        connect(model, &QAbstractItemModel::modelReset, this, &CaseController::updateDensity);
        connect(model, &QAbstractItemModel::layoutChanged, this, &CaseController::updateDensity);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &CaseController::updateDensity);
        connect(model, &QAbstractItemModel::rowsInserted, this, &CaseController::updateDensity);
    }
    connect(m_panel, &CasePanel::zoomRequested, this, [this](QPointF p) {
        m_window.canvas()->zoomToRect(QRectF(p - QPointF(150, 150), QSizeF(300, 300)));
    });
    connect(m_panel, &CasePanel::stepRefused, this, &CaseController::warn);
    connect(m_riskPanel, &RiskPanel::failed, this, &CaseController::warn);
    connect(m_riskPanel, &RiskPanel::caseRequested, this, &CaseController::showCase);
    connect(m_document, &CaseDocument::editFailed, this, &CaseController::warn);
    connect(m_document, &CaseDocument::casesChanged, this, [this](qint64 id) {
        m_window.canvas()->reloadChangedLayers();
        if (id > 0 && id == m_panel->caseId())
            m_overlay->setChosen(m_panel->summary().point, m_panel->summary().overdue);
    });
    connect(m_document, &CaseDocument::risksChanged, m_window.canvas(), &MapCanvas::reloadChangedLayers);
    // Another workstation's commit: the case register, panels and risk panel read the district again.
    connect(&m_window, &MainWindow::changedElsewhere, this, [this](const QStringList &tables) {
        if (MainWindow::touches(tables, {tableOf(Layer::Cases), QStringLiteral("case_history")}))
            emit m_document->casesChanged(0);
        if (MainWindow::touches(tables, {tableOf(Layer::RiskPoints), QStringLiteral("risk_records"),
                                         QStringLiteral("risk_alerts")}))
            emit m_document->risksChanged(0);
    });
}

// The map, the other features' docks and the district the window opens.
void CaseController::connectWindow()
{
    connect(m_tool, &CasePlaceTool::placed, this, &CaseController::newCaseAt);
    connect(m_tool, &MapTool::activeChanged, this, [this](bool active) {
        if (active)
            m_window.statusBar()->showMessage(tr("Click the place of the problem; Escape to stop."));
        else
            m_window.statusBar()->clearMessage();
    });
    connect(m_window.mapController()->identifyDock(), &IdentifyDock::currentFeatureChanged, this,
            &CaseController::identified);
    // My segments lists the open cases on a chief's roads: it opens them here and follows their steps.
    MySegmentsDock *mine = m_window.segmentController()->mySegmentsDock();
    connect(mine, &MySegmentsDock::caseRequested, this, &CaseController::showCase);
    connect(m_document, &CaseDocument::casesChanged, mine, &MySegmentsDock::refresh);
    // A case found by the search box opens in the case panel as well as being selected on the map.
    connect(m_window.mapController()->searchBox(), &SearchBox::resultChosen, this,
            [this](const SearchResult &result) {
                if (result.kind == SearchResult::Kind::Case && !result.ids.isEmpty())
                    showCase(result.ids.first());
            });
    connect(&m_window, &MainWindow::districtOpened, this, [this] {
        const server::ServerAccess &access = m_window.access();
        m_document->setStore(m_window.store(), {access.login(), access.roleKey(), access.personId()});
    });
    connect(&m_window, &MainWindow::districtClosed, this, [this] {
        m_tool->deactivate();
        m_document->setStore(nullptr);
        m_overlay->clearChosen();
        m_overlay->setDensity({});
    });
}

QMenu *CaseController::menu() const
{
    return m_menu;
}

void CaseController::warn(const QString &message)
{
    QMessageBox::warning(&m_window, tr("Cases"), message);
}

void CaseController::showCase(qint64 caseId)
{
    m_panel->setCase(caseId);
    m_caseDock->show();
    m_caseDock->raise();
    if (m_register->isVisible() && m_register->currentCase() != caseId)
        m_register->chooseCase(caseId);
    if (caseId > 0 && m_panel->summary().id == caseId) {
        m_overlay->setChosen(m_panel->summary().point, m_panel->summary().overdue);
        if (!m_window.canvas()->viewport().visibleMapRect().contains(m_panel->summary().point))
            m_window.canvas()->zoomToRect(
                QRectF(m_panel->summary().point - QPointF(200, 200), QSizeF(400, 400)));
    } else {
        m_overlay->clearChosen();
    }
}

void CaseController::newCaseAt(QPointF mapPoint)
{
    if (!m_document->isEditable())
        return;
    NewCaseDialog dialog(EventClasses::minorClasses(*m_document->store()), mapPoint, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const qint64 id = m_document->create(dialog.value());
        m_queue->show();
        showCase(id);
    } catch (const Error &e) {
        warn(e.message());
    }
}

void CaseController::showRules()
{
    DistrictStore *store = m_document->store();
    if (!m_document->hasCases())
        return;
    CaseRulesDialog dialog(m_document->rules(), CaseUnits::streets(*store), CaseUnits::departments(*store),
                           &m_window);
    if (!m_document->isEditable())
        dialog.setWindowTitle(tr("Case rules (read-only)"));
    if (dialog.exec() != QDialog::Accepted || !m_document->isEditable())
        return;
    try {
        m_document->saveRules(dialog.rules());
    } catch (const Error &e) {
        warn(e.message());
    }
}

void CaseController::printMonthlyReport()
{
    DistrictStore *store = m_document->store();
    if (!m_document->hasCases())
        return;
    bool ok = false;
    const QString last = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    const QString month = QInputDialog::getText(&m_window, tr("Monthly case report"), tr("Month (YYYY-MM):"),
                                                QLineEdit::Normal, last, &ok);
    const QDate first = QDate::fromString(month.trimmed() + QStringLiteral("-01"), Qt::ISODate);
    if (!ok)
        return;
    if (!first.isValid()) {
        warn(tr("%1 is not a month: write it as 2026-10.").arg(month));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(
        &m_window, tr("Monthly case report"), tr("cases-%1.pdf").arg(month.trimmed()), tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    try {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto snapshot =
            m_window.canvas()->snapshot() ? m_window.canvas()->snapshot() : MapSnapshot::load(*store);
        report::ReportRequest request;
        report::CaseReport::build(*store, snapshot, request, first).writePdf(file);
        QGuiApplication::restoreOverrideCursor();
        m_window.statusBar()->showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(file)), 10000);
    } catch (const Error &e) {
        QGuiApplication::restoreOverrideCursor();
        warn(e.message());
    }
}

void CaseController::updateDensity()
{
    if (!m_density) {
        if (m_overlay->showsDensity())
            m_overlay->setDensity({});
        return;
    }
    QList<QPointF> points;
    const CaseFilterModel *filter = m_register->filter();
    for (int row = 0; row < filter->rowCount(); ++row) {
        const QModelIndex source = filter->mapToSource(filter->index(row, 0));
        if (const CaseSummary *c = m_register->model()->caseAt(source.row()))
            points.append(c->point);
    }
    m_overlay->setDensity(points);
}

void CaseController::identified(const QString &table, qint64 id)
{
    IdentifyDock *dock = m_window.mapController()->identifyDock();
    if (!m_document->hasCases() || id <= 0) {
        dock->setExtra(nullptr);
        return;
    }
    DistrictStore &store = *m_document->store();
    const std::optional<Layer> layer = layerOf(table);
    if (layer == Layer::RiskPoints) {
        auto *chart = new RiskChart;
        const QString category = store.readRow(table, id).value(QStringLiteral("category")).toString();
        chart->setRecords(RiskHistory::records(store, id), RiskMonitor::stored(store, QDateTime(), id),
                          MonitoringRules::threshold(store, category));
        dock->setExtra(chart);
        if (m_riskDock->isVisible())
            m_riskPanel->setRisk(id);
        return;
    }
    if (layer == Layer::Cases) {
        dock->setExtra(nullptr);
        showCase(id);
        return;
    }
    CaseFilter filter;
    filter.state = QStringLiteral("open");
    if (layer == Layer::Components)
        filter.componentId = id;
    else if (layer == Layer::RoadSegments)
        filter.segmentId = id;
    else {
        dock->setExtra(nullptr);
        return;
    }
    const QList<CaseSummary> cases = CaseRegister::list(store, filter);
    auto *list = new QListWidget;
    list->addItem(tr("%n open case(s) here", nullptr, int(cases.size())));
    for (const CaseSummary &c : cases) {
        auto *item = new QListWidgetItem(tr("%1 %2 — %3%4")
                                             .arg(c.caseNo, c.className, CaseLabels::state(c.state),
                                                  c.overdue ? tr(", overdue") : QString()),
                                         list);
        item->setData(Qt::UserRole, c.id);
        if (c.overdue)
            item->setForeground(case_style::overdueTextColour());
    }
    connect(list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (const qint64 caseId = item->data(Qt::UserRole).toLongLong(); caseId > 0)
            showCase(caseId);
    });
    dock->setExtra(list);
}

} // namespace uo
