#include "segment_tools.h"

#include "assignment_panel.h"
#include "main_window.h"
#include "my_segments_dock.h"
#include "roster_dialog.h"
#include "segment_document.h"
#include "segments_dock.h"
#include "segments_menu.h"
#include "workload_dock.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMessageBox>
#include <QTimer>

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
            setWindowTitle(SegmentTools::tr("Assignment"));
        QDockWidget::changeEvent(event);
    }
};

} // namespace

SegmentTools::SegmentTools(MainWindow &window)
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

    // A list dock opened for the first time gets a third of the window rather than its bare minimum
    // (a minimum set on the dock instead would hold the window's minimum size up even while hidden).
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_segments), static_cast<QDockWidget *>(m_mySegments)})
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (visible)
                QTimer::singleShot(0, this, [this, dock] {
                    if (dock->isVisible() && !dock->isFloating() && dock->height() < m_window.height() / 4)
                        m_window.resizeDocks({dock}, {m_window.height() / 3}, Qt::Vertical);
                });
        });
    connect(m_menu->rosterAction(), &QAction::triggered, this, &SegmentTools::showRoster);
    connect(m_segments, &SegmentsDock::selectionChanged, m_panel, &AssignmentPanel::setSegments);
    connect(m_mySegments, &MySegmentsDock::zoomRequested, this, &SegmentTools::zoomRequested);
    connect(m_workload, &WorkloadDock::personActivated, this, [this](qint64 person) {
        m_mySegments->show();
        m_mySegments->raise();
        m_mySegments->showPerson(person);
    });
    connect(m_document, &SegmentDocument::editFailed, this,
            [this](const QString &message) { QMessageBox::warning(&m_window, tr("Segments"), message); });
    connect(&window, &MainWindow::districtOpened, this, [this] { m_document->setStore(m_window.store()); });
    connect(&window, &MainWindow::districtClosed, this, [this] { m_document->setStore(nullptr); });
}

QList<QDockWidget *> SegmentTools::docks() const
{
    return {m_segments, m_assignmentDock, m_workload, m_mySegments};
}

RosterDialog *SegmentTools::showRoster()
{
    if (!m_roster)
        m_roster = new RosterDialog(m_document, &m_window);
    m_roster->show();
    m_roster->raise();
    m_roster->activateWindow();
    return m_roster;
}

} // namespace uo
