// LayerListModel: taking a new style, and the drawing order by drag and drop.
#include "app/workstation/layer_list_model.h"

#include "core/store/layers.h"

#include <QMimeData>
#include <algorithm>

namespace uo {

namespace {
const QString kMimeType = QStringLiteral("application/x-urbanops-layer");
}

DistrictStyle LayerListModel::styleInRowOrder() const
{
    DistrictStyle ordered;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it)
        if (const LayerStyle *style = m_style.layer(m_slots.at(*it).table))
            ordered.layers.append(*style);
    return ordered;
}

void LayerListModel::setStyle(const DistrictStyle &style)
{
    QStringList tables = style.order();
    QStringList known;
    for (const Row &row : std::as_const(m_slots))
        known.append(row.table);
    std::sort(tables.begin(), tables.end());
    std::sort(known.begin(), known.end());
    const bool sameLayers = tables == known;
    const QSet<QString> wasVisible = visibleLayers();
    bool sameLegends = sameLayers;
    for (const LayerStyle &layer : style.layers)
        if (sameLayers && legendItems(layer).size() != m_slots.at(slotOf(layer.table)).legend.size())
            sameLegends = false;

    if (!sameLegends) {
        // Another set of layers: nothing of the old rows carries over.
        beginResetModel();
        QHash<QString, qint64> counts;
        for (const Row &row : std::as_const(m_slots))
            counts.insert(row.table, row.count);
        m_style = style;
        m_slots.clear();
        m_order.clear();
        for (const LayerStyle &layer : std::as_const(m_style.layers))
            m_slots.append(
                Row{layer.table, findLayer(layer.table), counts.value(layer.table, -1), legendItems(layer)});
        for (int slot = int(m_slots.size()) - 1; slot >= 0; --slot)
            m_order.append(slot);
        endResetModel();
    } else {
        // Row by row into the new order, top first: views keep their selection and open legends.
        const QStringList order = style.order();
        for (int target = 0; target < order.size(); ++target) {
            const int from = rowOf(order.at(order.size() - 1 - target));
            if (from != target) {
                beginMoveRows(QModelIndex(), from, from, QModelIndex(), target);
                m_order.move(from, target);
                endMoveRows();
            }
        }
        m_style = style;
        for (Row &row : m_slots)
            row.legend = legendItems(*m_style.layer(row.table));
        emitAllChanged();
    }
    if (visibleLayers() != wasVisible)
        emit visibleLayersChanged(visibleLayers());
}

bool LayerListModel::moveLayer(const QString &table, int row)
{
    const int from = rowOf(table);
    row = std::clamp(row, 0, int(m_order.size()) - 1);
    if (from < 0 || from == row)
        return false;
    const DistrictStyle before = m_style;
    // beginMoveRows counts the destination before the move: one past it when moving down.
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), row > from ? row + 1 : row);
    m_order.move(from, row);
    endMoveRows();
    m_style = styleInRowOrder();
    const LayerInfo *layer = findLayer(table);
    emit styleEdited(before, m_style, tr("Move %1").arg(layer ? layerTitle(*layer) : table));
    return true;
}

void LayerListModel::setScaleDenominator(double scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    if (!m_order.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::ForegroundRole, Qt::ToolTipRole});
}

Qt::DropActions LayerListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LayerListModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *LayerListModel::mimeData(const QModelIndexList &indexes) const
{
    QString table;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.data(IsLayerRole).toBool())
            table = index.data(TableRole).toString();
    if (table.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMimeType, table.toUtf8());
    return data;
}

bool LayerListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &parent) const
{
    // Layers go between layers, or onto one (then above it); never into a legend.
    return data && data->hasFormat(kMimeType) && action == Qt::MoveAction &&
           (!parent.isValid() || parent.data(IsLayerRole).toBool()) &&
           rowOf(QString::fromUtf8(data->data(kMimeType))) >= 0;
}

bool LayerListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString table = QString::fromUtf8(data->data(kMimeType));
    const int from = rowOf(table);
    // `row` is where the layer goes among the rows as they are now, the dragged one included.
    int target = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    if (target > from)
        --target;
    moveLayer(table, target);
    // Moved here already: the view must not remove the dragged row as it would after a move between
    // models (the model has no removeRows, so it could not anyway).
    return false;
}

} // namespace uo
