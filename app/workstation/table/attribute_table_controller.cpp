#include "app/workstation/table/attribute_table_controller.h"
#include "app/workstation/dock_room.h"

#include "app/workstation/edit_tools/edit_command.h"
#include "app/workstation/edit_tools/edit_document.h"
#include "app/workstation/edit_tools/editing_controller.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/table/attribute_table_dock.h"
#include "app/workstation/table/table_edit_bridge.h"
#include "core/store/district_store.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>

namespace uo {

AttributeTableController::AttributeTableController(MainWindow &window, QMenu *viewMenu)
    : QObject(&window), m_window(window), m_dock(new AttributeTableDock(window.selection(), &window)),
      m_reload(new QTimer(this))
{
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    if (viewMenu)
        viewMenu->addAction(m_dock->toggleViewAction());
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F7));

    connect(&window, &MainWindow::districtOpened, this, [this] {
        attachEdits();
        m_storePending = true;
        if (m_dock->isVisible())
            attachStore();
    });
    connect(&window, &MainWindow::districtClosed, this, [this] {
        m_storePending = false;
        m_dock->setStore(nullptr);
    });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_storePending)
            attachStore();
    });
    giveDockRoom(m_window, m_dock, Qt::Vertical, [this] { return m_window.height() / 3; });
    connect(m_dock, &AttributeTableDock::zoomRequested, this,
            [this](const QRectF &rect) { m_window.canvas()->zoomToRect(rect); });

    // Commands that write the store change rows: list them again once a burst of undo steps has
    // settled. Edit-session commands write nothing until a save; the table shows their pending values
    // at once (TableEditBridge), and listing the rows again would lose the cell being edited.
    m_reload->setSingleShot(true);
    m_reload->setInterval(300);
    connect(window.undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        const QUndoStack *stack = m_window.undoStack();
        bool onlySessionEdits = true;
        for (int i = std::min(index, m_undoIndex); i < std::max(index, m_undoIndex); ++i)
            if (!dynamic_cast<const edit::EditCommand *>(stack->command(i)))
                onlySessionEdits = false;
        m_undoIndex = index;
        if (!onlySessionEdits)
            m_reload->start();
    });
    connect(m_reload, &QTimer::timeout, m_dock, &AttributeTableDock::reload);
    // Another workstation's commit: the rows are listed again (a burst of them, once).
    connect(&window, &MainWindow::changedElsewhere, this, [this] { m_reload->start(); });
}

void AttributeTableController::attachEdits()
{
    // The editing tools are installed after the table, so they are looked for once a district opens.
    if (m_edits)
        return;
    if (auto *tools = m_window.findChild<edit::EditingController *>(QString(), Qt::FindDirectChildrenOnly))
        m_edits = new TableEditBridge(*tools->document(), *m_dock->model(), this);
}

void AttributeTableController::attachStore()
{
    m_storePending = false;
    if (DistrictStore *store = m_window.store())
        m_dock->setStore(store);
}

} // namespace uo
