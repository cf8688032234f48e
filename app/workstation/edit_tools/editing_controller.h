#pragma once

#include <QObject>
#include <functional>

class QAction;
class QDockWidget;
class QMenu;
class QToolBar;
class QUndoView;

namespace uo {
class MainWindow;
}

namespace uo::edit {

class AddComponentTool;
class EditDocument;
class EditOverlay;
class MoveTool;
class VertexTool;
struct OrphanJournal;
struct SaveResult;

// Puts editing into the main window (issue #7): the Editing menu and toolbar (editing on/off, move,
// road vertices, add component, delete, attributes, change an attribute of the selection, add a risk
// record, save, discard), the history dock, the edit overlay, the question when the window or the
// district closes with unsaved edits, and the offer to recover edits a crash left when a district opens.
class EditingController : public QObject
{
    Q_OBJECT

public:
    explicit EditingController(MainWindow &window);

    EditDocument *document() const { return m_document; }
    EditOverlay *overlay() const { return m_overlay; }
    MoveTool *moveTool() const { return m_move; }
    VertexTool *vertexTool() const { return m_vertex; }
    QAction *vertexAction() const { return m_vertexAction; }
    QMenu *menu() const { return m_menu; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *editingAction() const { return m_editing; }
    QAction *saveAction() const { return m_save; }
    QAction *deleteAction() const { return m_delete; }

    // Saves, waiting out another workstation's lock with a message, then resolves conflicts with the
    // user. False when the save failed or conflicts are left unresolved.
    bool save();
    // Deletes the selected features (asking first when there are many).
    void deleteSelection();

    // What to do with the edits a session left unsaved: take them into this session, throw them away, or
    // keep them for the next time the district opens (what closing the question does).
    enum class RecoverAnswer
    {
        Recover,
        Discard,
        Later
    };
    // Tests answer the questions instead of a user: recovery at open, and the confirmation of a large
    // delete. Unset, a message box asks.
    std::function<RecoverAnswer(const OrphanJournal &journal)> askRecover;
    std::function<bool(int count)> confirmDelete;
    // Answers "save the unsaved edits?" before the district or the window closes: Save, Discard or
    // Cancel (a QMessageBox::StandardButton). Unset, a message box asks.
    std::function<int(int count)> askUnsaved;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    // Every word of the menu, toolbar and history in the language just installed.
    void retranslate();
    void districtOpened();
    void offerRecovery();
    RecoverAnswer askAboutJournal(const OrphanJournal &journal, int others);
    void updateActions();
    void editAttributes();
    void changeSelectionAttribute();
    void addRiskRecord();
    void chooseClass();
    // Save / Discard / Cancel for the unsaved edits, when there are any; false when they stay (Cancel,
    // or a save that did not complete).
    bool settleUnsaved(const QString &question);

    MainWindow &m_window;
    EditDocument *m_document;
    EditOverlay *m_overlay;
    MoveTool *m_move;
    VertexTool *m_vertex;
    AddComponentTool *m_add;
    QMenu *m_menu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_historyView = nullptr;
    QAction *m_editing = nullptr, *m_moveAction = nullptr, *m_vertexAction = nullptr, *m_addAction = nullptr,
            *m_delete = nullptr;
    QAction *m_attributes = nullptr, *m_changeAll = nullptr, *m_riskRecord = nullptr;
    QAction *m_save = nullptr, *m_discard = nullptr;
};

} // namespace uo::edit
