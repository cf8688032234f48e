#include "app/workstation/edit_tools/editing_controller.h"

#include "app/workstation/edit_tools/add_component_tool.h"
#include "app/workstation/edit_tools/attribute_form.h"
#include "app/workstation/edit_tools/class_picker.h"
#include "app/workstation/edit_tools/conflicts_dialog.h"
#include "app/workstation/edit_tools/edit_document.h"
#include "app/workstation/edit_tools/edit_overlay.h"
#include "app/workstation/edit_tools/move_tool.h"
#include "app/workstation/edit_tools/vertex_tool.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "core/catalogue/catalogue.h"
#include "core/edit_session/edit_journal.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace uo::edit {

namespace {
// More selected features than this are deleted only after asking.
constexpr int kAskAbove = 10;
} // namespace

EditingController::EditingController(MainWindow &window)
    : QObject(&window), m_window(window), m_document(new EditDocument(window.undoStack(), this)),
      m_overlay(new EditOverlay(*window.canvas(), *m_document)),
      m_move(new MoveTool(*window.canvas(), *m_document, *m_overlay)),
      m_vertex(new VertexTool(*window.canvas(), *m_document, *m_overlay)),
      m_add(new AddComponentTool(*window.canvas(), *m_document))
{
    createActions();
    m_historyDock = new QDockWidget(&window);
    m_historyDock->setObjectName(QStringLiteral("EditHistoryDock"));
    m_historyView = new QUndoView(window.undoStack(), m_historyDock);
    m_historyDock->setWidget(m_historyView);
    window.addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_menu->addSeparator();
    m_menu->addAction(m_historyDock->toggleViewAction());

    connect(&window, &MainWindow::districtOpened, this, &EditingController::districtOpened);
    connect(&window, &MainWindow::districtClosed, this, [this] { m_document->setStore(nullptr); });
    // Found damaged after opening: editing stops; unsaved edits stay pending and in the journal.
    connect(&window, &MainWindow::districtReadOnly, this, [this] {
        m_document->setEditing(false);
        m_move->deactivate();
        m_vertex->deactivate();
        m_add->deactivate();
        updateActions();
    });
    connect(m_document, &EditDocument::changed, this, &EditingController::updateActions);
    connect(m_document, &EditDocument::editingChanged, this, &EditingController::updateActions);
    connect(m_document, &EditDocument::saved, this, [this] {
        m_window.canvas()->reloadChangedLayers();
        m_window.refreshSummary();
    });
    connect(window.selection(), &FeatureSelection::changed, this, &EditingController::updateActions);
    connect(window.canvas(), &MapCanvas::toolChanged, this, [this](MapTool *tool) {
        m_moveAction->setChecked(tool == m_move);
        m_vertexAction->setChecked(tool == m_vertex);
        m_addAction->setChecked(tool == m_add);
        updateActions();
    });
    connect(m_vertex, &VertexTool::message, this,
            [this](const QString &text) { m_window.mapStatusBar()->showMessage(text); });
    connect(m_vertex, &VertexTool::currentVertexChanged, this, &EditingController::updateActions);
    window.addCloseGuard([this] {
        return settleUnsaved(tr("Save the %n unsaved change(s) before closing the district?", nullptr,
                                m_document->changeCount()));
    });
    connect(m_add, &AddComponentTool::added, this, [this] {
        m_window.mapStatusBar()->showMessage(
            tr("Component added; %n unsaved change(s).", nullptr, m_document->changeCount()));
    });
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

void EditingController::retranslate()
{
    m_menu->setTitle(tr("E&diting"));
    m_toolBar->setWindowTitle(tr("Editing"));
    m_historyDock->setWindowTitle(tr("Edit History"));
    m_historyView->setEmptyLabel(tr("<district as opened or saved>"));
    m_editing->setText(tr("Edit District")); // its tooltip: updateActions()
    m_moveAction->setText(tr("Move Feature"));
    m_moveAction->setToolTip(
        tr("Drag a component, risk point or shop; it snaps to road vertices and centrelines"));
    m_vertexAction->setText(tr("Edit Road Vertices"));
    m_vertexAction->setToolTip(tr("Click a road, then drag its vertices, double-click its line to add one, "
                                  "right-click one to delete it; its segments follow when you save"));
    m_addAction->setText(tr("Add Component…"));
    m_delete->setText(tr("Delete Selected"));
    m_attributes->setText(tr("Edit Attributes…"));
    m_changeAll->setText(tr("Change Attribute of Selection…"));
    m_riskRecord->setText(tr("Add Risk Record…"));
    m_discard->setText(tr("Discard Edits…"));
    updateActions(); // the Save action's text counts the edits
}

void EditingController::createActions()
{
    m_menu = new QMenu(&m_window);
    m_menu->setObjectName(QStringLiteral("EditingMenu"));
    m_menu->setToolTipsVisible(true); // Edit District, when off, says why
    // Before the Help menu, the last one.
    const QList<QAction *> menus = m_window.menuBar()->actions();
    m_window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    m_toolBar = m_window.addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("EditingToolBar"));

    m_editing = new QAction(this);
    m_editing->setCheckable(true);
    connect(m_editing, &QAction::toggled, this, [this](bool on) {
        if (on == m_document->isEditing())
            return;
        if (!on && !settleUnsaved(tr("Save the %n unsaved change(s)?", nullptr, m_document->changeCount()))) {
            m_editing->setChecked(true);
            return;
        }
        m_document->setEditing(on);
        if (!on) {
            m_move->deactivate();
            m_vertex->deactivate();
            m_add->deactivate();
        }
    });
    m_moveAction = new QAction(this);
    m_moveAction->setCheckable(true);
    connect(m_moveAction, &QAction::triggered, this,
            [this](bool on) { on ? m_move->activate() : m_move->deactivate(); });
    m_vertexAction = new QAction(this);
    m_vertexAction->setCheckable(true);
    connect(m_vertexAction, &QAction::triggered, this,
            [this](bool on) { on ? m_vertex->activate() : m_vertex->deactivate(); });
    m_addAction = new QAction(this);
    m_addAction->setCheckable(true);
    connect(m_addAction, &QAction::triggered, this, [this](bool on) {
        if (!on) {
            m_add->deactivate();
            return;
        }
        chooseClass();
        if (m_add->classCode().isEmpty())
            m_addAction->setChecked(false);
        else
            m_add->activate();
    });
    m_delete = new QAction(this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &EditingController::deleteSelection);
    m_attributes = new QAction(this);
    connect(m_attributes, &QAction::triggered, this, &EditingController::editAttributes);
    m_changeAll = new QAction(this);
    connect(m_changeAll, &QAction::triggered, this, &EditingController::changeSelectionAttribute);
    m_riskRecord = new QAction(this);
    connect(m_riskRecord, &QAction::triggered, this, &EditingController::addRiskRecord);
    m_save = new QAction(this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &EditingController::save);
    m_discard = new QAction(this);
    connect(m_discard, &QAction::triggered, this, [this] {
        if (QMessageBox::question(&m_window, tr("Discard Edits"),
                                  tr("Discard the %n unsaved change(s)? Undo brings them back.", nullptr,
                                     m_document->changeCount())) == QMessageBox::Yes)
            m_document->discard();
    });

    for (QAction *action : {m_editing, m_moveAction, m_vertexAction, m_addAction, m_delete, m_attributes,
                            m_changeAll, m_riskRecord, m_save, m_discard}) {
        m_menu->addAction(action);
        if (action != m_attributes && action != m_changeAll && action != m_riskRecord && action != m_discard)
            m_toolBar->addAction(action);
    }
}

void EditingController::updateActions()
{
    DistrictStore *store = m_window.store();
    const QString refusal = m_window.access().whyNot(server::Work::EditFeatures);
    const bool writable = store && !store->isReadOnly() && refusal.isEmpty();
    const bool editing = m_document->isEditing();
    FeatureSelection *selection = m_window.selection();
    const QStringList tables = selection->tables();
    const bool oneTable = tables.size() == 1 && EditDocument::editableTables().contains(tables.first());
    m_editing->setEnabled(writable);
    // Off, it says why: the district is read-only, or the role may not edit features.
    if (!store || writable)
        m_editing->setToolTip(
            tr("Turn editing on: changes collect in a session until you save or discard them"));
    else
        m_editing->setToolTip(store->isReadOnly() ? store->readOnlyReason() : refusal);
    m_editing->setChecked(editing);
    for (QAction *action : {m_moveAction, m_vertexAction, m_addAction})
        action->setEnabled(editing);
    const bool vertex = m_vertex->isActive() && m_vertex->currentVertex() >= 0;
    m_delete->setEnabled(editing && (oneTable || vertex));
    m_attributes->setEnabled(editing && oneTable && selection->count() == 1);
    m_changeAll->setEnabled(editing && oneTable && selection->count() > 1);
    m_riskRecord->setEnabled(editing && tables == QStringList{tableOf(Layer::RiskPoints)} &&
                             selection->count() == 1);
    m_save->setEnabled(m_document->hasChanges());
    m_discard->setEnabled(m_document->hasChanges());
    m_save->setText(m_document->hasChanges() ? tr("Save Edits (%n)", nullptr, m_document->changeCount())
                                             : tr("Save Edits"));
}

void EditingController::districtOpened()
{
    m_document->setStore(m_window.store());
    offerRecovery();
}

// Journals of ended sessions, newest first: each is recovered, discarded or kept for later; recovering one
// ends the questions (a session takes one journal's edits).
void EditingController::offerRecovery()
{
    DistrictStore *store = m_window.store();
    if (!store || store->isReadOnly())
        return;
    QList<OrphanJournal> journals = EditJournal::orphans(store->path());
    while (!journals.isEmpty()) {
        const OrphanJournal journal = journals.takeLast();
        const RecoverAnswer answer =
            askRecover ? askRecover(journal) : askAboutJournal(journal, int(journals.size()));
        if (answer == RecoverAnswer::Later)
            return;
        try {
            if (answer == RecoverAnswer::Discard) {
                m_document->discardJournal(journal.path);
                continue;
            }
            if (m_document->recover(journal.path))
                m_window.mapStatusBar()->showMessage(
                    tr("Recovered %n unsaved change(s); save or discard them.", nullptr,
                       m_document->changeCount()));
        } catch (const Error &error) {
            QMessageBox::warning(&m_window, tr("Recover Edits"), error.message());
        }
        return;
    }
}

EditingController::RecoverAnswer EditingController::askAboutJournal(const OrphanJournal &journal, int others)
{
    QMessageBox box(
        QMessageBox::Question, tr("Recover Edits"),
        tr("A session of this district that started %1 ended without saving %n change(s). Recover "
           "them into this session?",
           nullptr, journal.changes)
            .arg(QLocale().toString(journal.started.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, &m_window);
    if (others > 0)
        box.setInformativeText(
            tr("%n more ended session(s) left edits; they are offered after this one or when "
               "the district opens again.",
               nullptr, others));
    QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard Them"), QMessageBox::DestructiveRole);
    // Closing the question keeps the edits: nothing unsaved is thrown away without a clear choice.
    QPushButton *later = box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.setEscapeButton(later);
    box.exec();
    return box.clickedButton() == recover   ? RecoverAnswer::Recover
           : box.clickedButton() == discard ? RecoverAnswer::Discard
                                            : RecoverAnswer::Later;
}

bool EditingController::save()
{
    if (!m_document->hasChanges())
        return true;
    QProgressDialog *progress = nullptr;
    auto onLocked = [this, &progress](int waitedMs) {
        if (!progress) {
            progress = new QProgressDialog(&m_window);
            progress->setWindowTitle(tr("Saving Edits"));
            progress->setCancelButtonText(tr("Stop Waiting"));
            progress->setRange(0, 0);
            progress->setWindowModality(Qt::WindowModal);
            progress->setMinimumDuration(0);
            progress->show();
        }
        progress->setLabelText(
            tr("Another workstation is writing to this district file. Waiting for it to finish… (%1 s)")
                .arg(waitedMs / 1000));
        QCoreApplication::processEvents();
        return !progress->wasCanceled();
    };
    SaveResult result;
    try {
        result = m_document->save(onLocked);
    } catch (const Error &error) {
        delete progress;
        QMessageBox::warning(&m_window, tr("Saving Edits"),
                             tr("Nothing was saved: %1 Your edits are kept.").arg(error.message()));
        return false;
    }
    delete progress;
    QString message = tr("Saved %n change(s).", nullptr, result.saved);
    if (!result.renumbered.isEmpty())
        message += QLatin1Char(' ') +
                   tr("%n new component(s) took the next free identifier: another workstation used theirs.",
                      nullptr, int(result.renumbered.size()));
    m_window.mapStatusBar()->showMessage(message);
    if (result.conflicts.isEmpty())
        return true;
    ConflictsDialog dialog(result.conflicts, &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QList<bool> keep = dialog.keepMine();
    for (qsizetype i = 0; i < result.conflicts.size(); ++i)
        keep.value(i, true) ? m_document->session()->keepMine(result.conflicts[i])
                            : m_document->session()->takeTheirs(result.conflicts[i]);
    return save();
}

void EditingController::deleteSelection()
{
    // With the vertex tool, Delete removes the road vertex last clicked.
    if (m_document->isEditing() && m_vertex->isActive() && m_vertex->currentVertex() >= 0) {
        m_vertex->deleteVertex(m_vertex->currentVertex());
        return;
    }
    FeatureSelection *selection = m_window.selection();
    const QStringList tables = selection->tables();
    if (!m_document->isEditing() || tables.size() != 1 ||
        !EditDocument::editableTables().contains(tables.first()))
        return;
    const QSet<qint64> ids = selection->ids(tables.first());
    const int count = int(ids.size());
    if (count > kAskAbove) {
        const bool yes = confirmDelete ? confirmDelete(count)
                                       : QMessageBox::question(&m_window, tr("Delete Features"),
                                                               tr("Delete the %n selected feature(s)?",
                                                                  nullptr, count)) == QMessageBox::Yes;
        if (!yes)
            return;
    }
    m_document->push(m_document->session()->deleteRows(tables.first(), QList<qint64>(ids.begin(), ids.end()),
                                                       tr("Delete %n feature(s)", nullptr, count)));
    selection->clear();
}

void EditingController::editAttributes()
{
    FeatureSelection *selection = m_window.selection();
    const QStringList tables = selection->tables();
    if (tables.size() != 1 || selection->count() != 1)
        return;
    AttributeForm form(*m_document, tables.first(), {*selection->ids(tables.first()).begin()}, &m_window);
    form.exec();
}

void EditingController::changeSelectionAttribute()
{
    FeatureSelection *selection = m_window.selection();
    const QStringList tables = selection->tables();
    if (tables.size() != 1)
        return;
    const QSet<qint64> ids = selection->ids(tables.first());
    AttributeForm form(*m_document, tables.first(), QList<qint64>(ids.begin(), ids.end()), &m_window);
    form.exec();
}

void EditingController::addRiskRecord()
{
    FeatureSelection *selection = m_window.selection();
    if (selection->count(tableOf(Layer::RiskPoints)) != 1)
        return;
    const qint64 riskId = *selection->ids(tableOf(Layer::RiskPoints)).begin();
    QDialog dialog(&m_window);
    dialog.setWindowTitle(tr("Add Risk Record"));
    auto *form = new QFormLayout(&dialog);
    auto *time =
        new QLineEdit(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), &dialog);
    auto *kind = new QComboBox(&dialog);
    kind->addItem(tr("Inspection"), QStringLiteral("inspection"));
    kind->addItem(tr("Reading"), QStringLiteral("reading"));
    kind->addItem(tr("Alert"), QStringLiteral("alert"));
    auto *quantity = new QLineEdit(&dialog);
    auto *value = new QLineEdit(&dialog);
    auto *note = new QLineEdit(&dialog);
    form->addRow(tr("Time"), time);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Quantity"), quantity);
    form->addRow(tr("Value"), value);
    form->addRow(tr("Note"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        bool number = true;
        const double reading = value->text().isEmpty() ? 0.0 : value->text().toDouble(&number);
        if (!QDateTime::fromString(time->text(), Qt::ISODate).isValid() || !number) {
            QMessageBox::warning(
                &dialog, tr("Add Risk Record"),
                tr("The time must be written as 2026-11-27T08:30:00 and the value as a number."));
            return;
        }
        QVariantMap values{{QStringLiteral("risk_id"), riskId},
                           {QStringLiteral("time"), time->text()},
                           {QStringLiteral("kind"), kind->currentData()},
                           {QStringLiteral("quantity"), quantity->text()},
                           {QStringLiteral("note"), note->text()}};
        if (!value->text().isEmpty())
            values.insert(QStringLiteral("value"), reading);
        m_document->push(
            m_document->session()->insertRow(QStringLiteral("risk_records"), values, tr("Add risk record")));
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

void EditingController::chooseClass()
{
    DistrictStore *store = m_window.store();
    if (!store)
        return;
    ClassPicker picker(Catalogue::fromStore(*store), &m_window);
    if (picker.exec() == QDialog::Accepted && !picker.classCode().isEmpty())
        m_add->setComponentClass(picker.classCode(), picker.className());
}

bool EditingController::settleUnsaved(const QString &question)
{
    if (!m_document->hasChanges())
        return true;
    const int answer =
        askUnsaved ? askUnsaved(m_document->changeCount())
                   : QMessageBox::question(&m_window, tr("Unsaved Edits"), question,
                                           QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save() && !m_document->hasChanges();
    if (answer == QMessageBox::Discard) {
        m_document->discard();
        return true;
    }
    return false;
}

bool EditingController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched == &m_window && event->type() == QEvent::Close &&
        !settleUnsaved(
            tr("Save the %n unsaved change(s) before closing?", nullptr, m_document->changeCount()))) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace uo::edit
