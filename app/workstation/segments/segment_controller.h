#pragma once

#include <QObject>
#include <QPointer>
#include <QRectF>

class QDockWidget;

namespace uo {

class AssignmentPanel;
class MainWindow;
class MySegmentsDock;
class MySegmentsOverlay;
class ProposalsDialog;
class RosterDialog;
class SegmentDocument;
class SegmentsDock;
class SegmentsMenu;
class SplitTool;
class WorkloadDock;

// Puts the segment assignment tools into the main window: the segment list, the assignment panel,
// the workload with the progress card, "My segments", the roster and their menu. They follow the
// district the window opens and push their edits on the window's undo stack.
class SegmentController : public QObject
{
    Q_OBJECT

public:
    explicit SegmentController(MainWindow &window);

    SegmentsMenu *menu() const { return m_menu; }
    SegmentDocument *document() const { return m_document; }
    SegmentsDock *segmentsDock() const { return m_segments; }
    AssignmentPanel *assignmentPanel() const { return m_panel; }
    WorkloadDock *workloadDock() const { return m_workload; }
    MySegmentsDock *mySegmentsDock() const { return m_mySegments; }
    QList<QDockWidget *> docks() const;

    SplitTool *splitTool() const { return m_splitTool; }
    MySegmentsOverlay *mySegmentsOverlay() const { return m_mySegmentsOverlay; }

    // Opens the roster window (one, kept while the window lives).
    RosterDialog *showRoster();
    // Opens the segment proposals (one window, proposing afresh each time it is opened).
    ProposalsDialog *showProposals();
    // Merges the one segment selected in the list with the next along its road; renames it.
    void mergeSelectedWithNext();
    void renameSelected();

signals:
    // A rectangle in the store CRS that the map should show.
    void zoomRequested(const QRectF &mapRect);

private:
    void updateActions();

    MainWindow &m_window;
    SegmentDocument *m_document;
    SegmentsMenu *m_menu;
    SegmentsDock *m_segments;
    QDockWidget *m_assignmentDock;
    AssignmentPanel *m_panel;
    WorkloadDock *m_workload;
    MySegmentsDock *m_mySegments;
    QPointer<RosterDialog> m_roster;
    QPointer<ProposalsDialog> m_proposals;
    SplitTool *m_splitTool;
    MySegmentsOverlay *m_mySegmentsOverlay;
};

} // namespace uo
