#pragma once

#include <QObject>

class QMenu;
class QTimer;

namespace uo {

class AttributeTableDock;
class MainWindow;
class TableEditBridge;

// Puts the attribute table into the main window: its dock along the bottom, its switch in the View
// menu, zooming the map to rows, and following the district the window opens and the edits made
// on it. The table reads nothing until it is first shown.
class AttributeTableController : public QObject
{
    Q_OBJECT

public:
    // The dock's switch goes into `viewMenu` (the window's View menu).
    AttributeTableController(MainWindow &window, QMenu *viewMenu);

    AttributeTableDock *dock() const { return m_dock; }
    // Cells edited through the window's edit session; none until a district has opened.
    TableEditBridge *edits() const { return m_edits; }

private:
    void attachStore();
    void attachEdits();

    MainWindow &m_window;
    AttributeTableDock *m_dock;
    QTimer *m_reload;
    bool m_storePending = false; // a district opened while the dock was hidden
    TableEditBridge *m_edits = nullptr;
    int m_undoIndex = 0; // the undo stack's index when last seen
};

} // namespace uo
