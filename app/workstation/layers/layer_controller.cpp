#include "app/workstation/layers/layer_controller.h"

#include "app/workstation/layer_list_model.h"
#include "app/workstation/layers/change_style_command.h"
#include "app/workstation/layers/layer_style_dialog.h"
#include "app/workstation/layers/style_document.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"
#include "app/workstation/saved_at_once.h"
#include "core/sql/database.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>
#include <QUndoStack>

namespace uo {

LayerController::LayerController(MainWindow &window)
    : QObject(&window), m_window(window), m_document(new StyleDocument(this))
{
    configureView();
    LayerListModel *model = window.layerModel();
    MapCanvas *canvas = window.canvas();
    // The document is the shared style's one owner: the tree and the map show what it holds, with the
    // user's own layers over it.
    connect(m_document, &StyleDocument::styleChanged, this, &LayerController::showStyle);
    connect(m_document, &StyleDocument::saveFailed, this, [this](const QString &message) {
        m_window.mapStatusBar()->showMessage(tr("The map style could not be saved: %1").arg(message), 15000);
    });
    // What the user does in the tree is already shown there; it is kept as their own view.
    connect(model, &LayerListModel::styleEdited, this,
            [this](const DistrictStyle &before, const DistrictStyle &after, const QString &) {
                for (const LayerStyle &layer : after.layers)
                    if (const LayerStyle *was = before.layer(layer.table);
                        was && was->visible != layer.visible)
                        m_view.setLayerVisible(layer.table, layer.visible);
                if (after.order() != before.order())
                    m_view.setLayerOrder(after.order());
                showStyle();
            });
    connect(&window, &MainWindow::districtOpened, this, [this] {
        DistrictStore *store = m_window.store();
        m_view = store ? PersonalView(*store) : PersonalView();
        m_document->setStore(store, store && store->isReadOnly());
    });
    connect(&window, &MainWindow::districtReadOnly, this,
            [this] { m_document->setStore(m_window.store(), true); });
    connect(&window, &MainWindow::districtClosed, this, [this] {
        if (m_dialog)
            m_dialog->close();
        m_view = PersonalView();
        m_document->setStore(nullptr, false);
    });
    connect(canvas, &MapCanvas::viewportChanged, this, [this, model, canvas] {
        model->setScaleDenominator(m_window.store() ? canvas->viewport().scaleDenominator() : 0.0);
    });
}

void LayerController::showStyle()
{
    DistrictStyle style = m_view.applyTo(m_document->style());
    if (m_preview) {
        if (LayerStyle *layer = style.layer(m_preview->table)) {
            const bool visible = layer->visible;
            *layer = *m_preview;
            layer->visible = visible;
        }
    }
    m_window.layerModel()->setStyle(style);
    m_window.canvas()->setStyle(style);
}

void LayerController::configureView()
{
    QTreeView *view = m_window.layerView();
    // Legends fold under their layers; layers are dragged to change the drawing order.
    view->setRootIsDecorated(true);
    view->setUniformRowHeights(true);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setExpandsOnDoubleClick(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->header()->setSectionResizeMode(LayerListModel::TitleColumn, QHeaderView::Stretch);
    // Room for the longest layer title with its arrow, checkbox and count; legend labels may elide.
    view->setMinimumWidth(view->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 22);
    // Legend lines span the count column: their labels are longer than the layers' titles.
    const auto spanLegends = [view] {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex layer = model->index(row, 0);
            for (int line = 0; line < model->rowCount(layer); ++line)
                view->setFirstColumnSpanned(line, layer, true);
        }
    };
    spanLegends();
    connect(view->model(), &QAbstractItemModel::modelReset, this, spanLegends);
    connect(view, &QWidget::customContextMenuRequested, this, &LayerController::showContextMenu);
    connect(view, &QAbstractItemView::doubleClicked, this, &LayerController::activated);
}

void LayerController::activated(const QModelIndex &index)
{
    const QString table = m_window.layerModel()->tableAt(index);
    if (!table.isEmpty())
        editStyle(table);
}

void LayerController::showContextMenu(const QPoint &position)
{
    QTreeView *view = m_window.layerView();
    LayerListModel *model = m_window.layerModel();
    const QModelIndex index = view->indexAt(position);
    const QString table = model->tableAt(index);
    QMenu menu(view);
    if (!table.isEmpty()) {
        menu.addAction(tr("&Style\u2026"), this, [this, table] { editStyle(table); });
        const int row = model->rowOf(table);
        QAction *up =
            menu.addAction(tr("Move &Up"), this, [model, table, row] { model->moveLayer(table, row - 1); });
        up->setEnabled(row > 0);
        QAction *down =
            menu.addAction(tr("Move &Down"), this, [model, table, row] { model->moveLayer(table, row + 1); });
        down->setEnabled(row < model->rowCount() - 1);
        menu.addSeparator();
    }
    menu.addAction(tr("&Expand All Legends"), view, &QTreeView::expandAll);
    menu.addAction(tr("&Collapse All Legends"), view, &QTreeView::collapseAll);
    menu.addSeparator();
    menu.addAction(tr("Show Layers as the &District Has Them"), this, &LayerController::resetPersonalLayers);
    menu.addAction(tr("&Reset Map Style"), this, &LayerController::resetStyle);
    menu.exec(view->viewport()->mapToGlobal(position));
}

LayerStyleDialog *LayerController::editStyle(const QString &table)
{
    const LayerStyle *style = m_document->style().layer(table);
    if (!style)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    const double scale = m_window.store() ? m_window.canvas()->viewport().scaleDenominator() : 0.0;
    auto *dialog = new LayerStyleDialog(*style, scale, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int session = ++m_sessions;
    const QString text = dialog->windowTitle();
    // The map shows every change at once; the district's style changes once, on OK, as one step.
    connect(dialog, &LayerStyleDialog::styleEdited, this, [this](const LayerStyle &edited) {
        m_preview = edited;
        showStyle();
    });
    connect(dialog, &QDialog::finished, this, [this, dialog, session, text](int result) {
        m_preview.reset();
        const DistrictStyle before = m_document->style();
        DistrictStyle after = before;
        if (LayerStyle *layer = after.layer(dialog->style().table); layer && result == QDialog::Accepted) {
            // The district's default visibility is not the dialog's to change.
            const bool visible = layer->visible;
            *layer = dialog->style();
            layer->visible = visible;
        }
        if (after == before)
            showStyle();
        else
            pushStyle(new ChangeStyleCommand(*m_document, before, after, text, session));
    });
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

void LayerController::pushStyle(QUndoCommand *command)
{
    // A district open read-only keeps the style only until it closes: nothing is said to be saved.
    DistrictStore *store = m_window.store();
    if (!store || store->isReadOnly())
        m_window.undoStack()->push(command);
    else
        m_window.mapStatusBar()->showMessage(SavedAtOnce::push(*m_window.undoStack(), command), 10000);
}

void LayerController::resetPersonalLayers()
{
    m_view.clearLayers();
    showStyle();
}

void LayerController::resetStyle()
{
    const DistrictStyle before = m_document->style();
    const DistrictStyle after = DistrictStyle::defaults();
    if (!(before == after))
        pushStyle(new ChangeStyleCommand(*m_document, before, after, tr("Reset Map Style")));
}

} // namespace uo
