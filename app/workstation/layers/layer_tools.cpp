#include "app/workstation/layers/layer_tools.h"

#include "app/workstation/layers/change_style_command.h"
#include "app/workstation/layer_list_model.h"
#include "app/workstation/layers/layer_style_dialog.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"
#include "core/sql/database.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "app/workstation/layers/style_document.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>
#include <QUndoStack>

namespace uo {

LayerTools::LayerTools(MainWindow &window)
    : QObject(&window), m_window(window), m_document(new StyleDocument(this))
{
    configureView();
    LayerListModel *model = window.layerModel();
    MapCanvas *canvas = window.canvas();
    // The document is the style's one owner: the tree and the map show what it holds.
    connect(m_document, &StyleDocument::styleChanged, this, [model, canvas](const DistrictStyle &style) {
        model->setStyle(style);
        canvas->setStyle(style);
    });
    connect(m_document, &StyleDocument::saveFailed, this, [this](const QString &message) {
        m_window.mapStatusBar()->showMessage(tr("The map style could not be saved: %1").arg(message), 15000);
    });
    // What the user does in the tree is already shown there; it becomes a command and is saved.
    connect(model, &LayerListModel::styleEdited, this,
            [this](const DistrictStyle &before, const DistrictStyle &after, const QString &text) {
                m_window.undoStack()->push(new ChangeStyleCommand(*m_document, before, after, text));
            });
    connect(&window, &MainWindow::districtOpened, this, [this] {
        DistrictStore *store = m_window.store();
        m_document->setStore(store, store && store->db().isReadOnly());
    });
    connect(&window, &MainWindow::districtClosed, this, [this] {
        if (m_dialog)
            m_dialog->close();
        m_document->setStore(nullptr, false);
    });
    connect(canvas, &MapCanvas::viewportChanged, this, [this, model, canvas] {
        model->setScaleDenominator(m_window.store() ? canvas->viewport().scaleDenominator() : 0.0);
    });
}

void LayerTools::configureView()
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
    connect(view, &QWidget::customContextMenuRequested, this, &LayerTools::showContextMenu);
    connect(view, &QAbstractItemView::doubleClicked, this, &LayerTools::activated);
}

void LayerTools::activated(const QModelIndex &index)
{
    const QString table = m_window.layerModel()->tableAt(index);
    if (!table.isEmpty())
        editStyle(table);
}

void LayerTools::showContextMenu(const QPoint &position)
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
    menu.addAction(tr("&Reset Map Style"), this, &LayerTools::resetStyle);
    menu.exec(view->viewport()->mapToGlobal(position));
}

LayerStyleDialog *LayerTools::editStyle(const QString &table)
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
    connect(dialog, &LayerStyleDialog::styleEdited, this, [this, session, text](const LayerStyle &edited) {
        const DistrictStyle before = m_document->style();
        DistrictStyle after = before;
        if (LayerStyle *layer = after.layer(edited.table)) {
            // Shown or hidden in the tree meanwhile: the checkbox's, not the dialog's.
            const bool visible = layer->visible;
            *layer = edited;
            layer->visible = visible;
        }
        if (!(after == before))
            m_window.undoStack()->push(new ChangeStyleCommand(*m_document, before, after, text, session));
    });
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

void LayerTools::resetStyle()
{
    const DistrictStyle before = m_document->style();
    const DistrictStyle after = DistrictStyle::defaults();
    if (!(before == after))
        m_window.undoStack()->push(new ChangeStyleCommand(*m_document, before, after, tr("Reset Map Style")));
}

} // namespace uo
