#include "app/workstation/segments/segment_controller.h"
#include "app/workstation/dock_room.h"

#include "app/workstation/edit_tools/conflicts_dialog.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "app/workstation/map_tools/map_controller.h"
#include "app/workstation/segments/assignment_panel.h"
#include "app/workstation/segments/my_segments_dock.h"
#include "app/workstation/segments/my_segments_overlay.h"
#include "app/workstation/segments/proposals_dialog.h"
#include "app/workstation/segments/roster_dialog.h"
#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/segments_dock.h"
#include "app/workstation/segments/segments_menu.h"
#include "app/workstation/segments/split_tool.h"
#include "app/workstation/segments/workload_dock.h"
#include "core/segments/segment_editor.h"
#include "core/segments/segment_queries.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace uo {

namespace {

// Retitles the assignment dock when the language changes; the panel inside has no title of its own.
class AssignmentDock : public QDockWidget
{
public:
    using QDockWidget::QDockWidget;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            setWindowTitle(SegmentController::tr("Assignment"));
        QDockWidget::changeEvent(event);
    }
};

} // namespace

SegmentController::SegmentController(MainWindow &window)
    : QObject(&window), m_window(window), m_document(new SegmentDocument(window.undoStack(), this)),
      m_menu(new SegmentsMenu(&window))
{
    m_segments = new SegmentsDock(m_document, &window);
    m_assignmentDock = new AssignmentDock(&window);
    m_assignmentDock->setObjectName(QStringLiteral("AssignmentDock"));
    m_assignmentDock->setWindowTitle(tr("Assignment"));
    m_panel = new AssignmentPanel(m_document, m_assignmentDock);
    m_assignmentDock->setWidget(m_panel);
    m_workload = new WorkloadDock(m_document, &window);
    m_mySegments = new MySegmentsDock(m_document, &window);

    // Lists along the bottom, where their many columns fit; the panel and the card at the side.
    window.addDockWidget(Qt::BottomDockWidgetArea, m_segments);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_mySegments);
    window.tabifyDockWidget(m_segments, m_mySegments);
    window.addDockWidget(Qt::RightDockWidgetArea, m_assignmentDock);
    window.addDockWidget(Qt::RightDockWidgetArea, m_workload);
    window.tabifyDockWidget(m_assignmentDock, m_workload);
    for (QDockWidget *dock : docks()) {
        m_menu->addDock(dock);
        // Out of the way until asked for; the window's saved layout brings back what the user had open.
        dock->hide();
    }

    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_segments), static_cast<QDockWidget *>(m_mySegments)})
        giveDockRoom(m_window, dock, Qt::Vertical, [this] { return m_window.height() / 3; });
    connect(m_menu->rosterAction(), &QAction::triggered, this, &SegmentController::showRoster);

    // Segment geometry: the split tool on the map (also on the Map toolbar), merge and rename of the
    // segment selected in the list, and the proposals.
    m_splitTool = new SplitTool(*window.canvas(), m_document);
    if (window.mapController() && window.mapController()->toolBar())
        window.mapController()->toolBar()->addAction(m_menu->splitAction());
    connect(m_menu->splitAction(), &QAction::triggered, this,
            [this](bool checked) { checked ? m_splitTool->activate() : m_splitTool->deactivate(); });
    connect(m_splitTool, &MapTool::activeChanged, m_menu->splitAction(), &QAction::setChecked);
    // The same edits on the list's context menu, where the segment is picked.
    m_segments->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_segments->view()->addActions({m_menu->mergeAction(), m_menu->renameAction()});
    connect(m_menu->mergeAction(), &QAction::triggered, this, &SegmentController::mergeSelectedWithNext);
    connect(m_menu->renameAction(), &QAction::triggered, this, &SegmentController::renameSelected);
    connect(m_menu->proposalsAction(), &QAction::triggered, this, &SegmentController::showProposals);
    // The layer list counts the segments.
    connect(m_document, &SegmentDocument::segmentsChanged, &m_window, &MainWindow::refreshSummary);
    connect(m_document, &SegmentDocument::storeChanged, this, [this] {
        updateActions();
        if (m_proposals) // it proposed for the district that was open
            m_proposals->deleteLater();
    });
    // Segments selected in the list are the window's selection, which the map highlights.
    connect(m_segments, &SegmentsDock::selectionChanged, this, [this](const QList<qint64> &ids) {
        updateActions();
        FeatureSelection *selection = m_window.selection();
        const QSet<qint64> listed(ids.begin(), ids.end());
        // Only a change made in the list replaces the map's selection (it would empty other layers).
        if (selection && listed != selection->ids(tableOf(Layer::RoadSegments)))
            selection->select(tableOf(Layer::RoadSegments), listed);
    });
    // And segments selected on the map are selected in the list, so that the assignment panel follows
    // whichever the user picked them in. Equal sets stop the round trip.
    if (FeatureSelection *selection = m_window.selection())
        connect(selection, &FeatureSelection::changed, this, [this, selection] {
            const QSet<qint64> onMap = selection->ids(tableOf(Layer::RoadSegments));
            const QList<qint64> listed = m_segments->selectedSegments();
            if (onMap != QSet<qint64>(listed.begin(), listed.end()))
                m_segments->selectSegments(QList<qint64>(onMap.begin(), onMap.end()));
        });
    updateActions();
    connect(m_segments, &SegmentsDock::selectionChanged, m_panel, &AssignmentPanel::setSegments);
    connect(m_mySegments, &MySegmentsDock::zoomRequested, this, &SegmentController::zoomRequested);
    m_mySegmentsOverlay = new MySegmentsOverlay(*window.canvas());
    connect(m_mySegments, &MySegmentsDock::focusChanged, m_mySegmentsOverlay,
            &MySegmentsOverlay::setSegments);
    connect(m_workload, &WorkloadDock::personActivated, this, [this](qint64 person) {
        m_mySegments->show();
        m_mySegments->raise();
        m_mySegments->showPerson(person);
    });
    m_document->resolveConflicts = [this](const QString &action, const QList<edit::Conflict> &conflicts) {
        return edit::ConflictsDialog::keepMineOver(&m_window, action, conflicts);
    };
    connect(m_document, &SegmentDocument::editFailed, this,
            [this](const QString &message) { QMessageBox::warning(&m_window, tr("Segments"), message); });
    connect(m_document, &SegmentDocument::saved, this,
            [this](const QString &message) { m_window.mapStatusBar()->showMessage(message, 10000); });
    auto take = [this] {
        m_document->setStore(m_window.store(), m_window.access().whyNot(server::Work::EditSegments));
    };
    connect(&window, &MainWindow::districtOpened, this, take);
    connect(&window, &MainWindow::districtClosed, this, [this] { m_document->setStore(nullptr); });
    connect(&window, &MainWindow::districtReadOnly, this, take);
    // Another workstation's commit: the segment views read the district again.
    connect(&window, &MainWindow::changedElsewhere, this, [this](const QStringList &tables) {
        if (MainWindow::touches(tables, {tableOf(Layer::RoadSegments), tableOf(Layer::Roads)}))
            emit m_document->segmentsChanged();
        if (MainWindow::touches(tables,
                                {tableOf(Layer::RoadSegments), QStringLiteral("segment_collaborators")}))
            emit m_document->assignmentsChanged();
        if (MainWindow::touches(tables, {QStringLiteral("people")}))
            emit m_document->rosterChanged();
    });
}

QList<QDockWidget *> SegmentController::docks() const
{
    return {m_segments, m_assignmentDock, m_workload, m_mySegments};
}

void SegmentController::updateActions()
{
    const bool editable = m_document->isEditable();
    const bool one = m_segments->selectedSegments().size() == 1;
    m_menu->splitAction()->setEnabled(editable);
    m_menu->mergeAction()->setEnabled(editable && one);
    m_menu->renameAction()->setEnabled(editable && one);
    m_menu->proposalsAction()->setEnabled(editable);
    const QString why = m_document->whyNotEditable();
    for (QAction *action :
         {m_menu->splitAction(), m_menu->mergeAction(), m_menu->renameAction(), m_menu->proposalsAction()})
        action->setToolTip(why); // empty: the action's text
    if (!editable && m_splitTool->isActive())
        m_splitTool->deactivate();
}

void SegmentController::mergeSelectedWithNext()
{
    const QList<qint64> selected = m_segments->selectedSegments();
    if (selected.size() != 1 || !m_document->store())
        return;
    try {
        SegmentEditor editor(*m_document->store());
        const qint64 id = selected.first();
        const qint64 roadId = SegmentQueries(*m_document->store()).segments({id}).value(0).roadId;
        const QList<SegmentRecord> segments = editor.read(roadId).segments;
        for (int i = 0; i + 1 < segments.size(); ++i)
            if (segments.at(i).id == id) {
                m_document->merge(id, segments.at(i + 1).id);
                m_segments->selectSegments({id});
                return;
            }
        m_document->reportFailure(
            tr("The segment is the last of its road: there is no next one to merge with."));
    } catch (const Error &error) {
        m_document->reportFailure(error.message());
    }
}

void SegmentController::renameSelected()
{
    const QList<qint64> selected = m_segments->selectedSegments();
    if (selected.size() != 1 || !m_document->store())
        return;
    const QString current = SegmentQueries(*m_document->store()).segments(selected).value(0).name;
    bool ok = false;
    const QString name =
        QInputDialog::getText(&m_window, tr("Rename Segment"), tr("Name:"), QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed() == current)
        return;
    try {
        m_document->rename(selected.first(), name);
        m_segments->selectSegments(selected);
    } catch (const Error &error) {
        m_document->reportFailure(error.message());
    }
}

ProposalsDialog *SegmentController::showProposals()
{
    if (!m_proposals)
        m_proposals = new ProposalsDialog(m_document, &m_window);
    else
        m_proposals->propose();
    m_proposals->show();
    m_proposals->raise();
    m_proposals->activateWindow();
    return m_proposals;
}

RosterDialog *SegmentController::showRoster()
{
    if (!m_roster)
        m_roster = new RosterDialog(m_document, &m_window);
    m_roster->show();
    m_roster->raise();
    m_roster->activateWindow();
    return m_roster;
}

} // namespace uo
