#include "app/workstation/layer_list_model.h"

#include "core/store/layers.h"

#include <QBrush>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <algorithm>
#include <climits>

namespace uo {

namespace {
constexpr quintptr kLayerRow = 0; // internal id of a layer row; a legend row's is its layer's slot + 1

QPixmap swatch(const LegendItem &item)
{
    // Twice the pixels of the 16-point icon, so that it stays sharp on a high-resolution screen.
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintLegendSymbol(painter, QRectF(0, 0, 16, 16), item);
    return pixmap;
}
} // namespace

LayerListModel::LayerListModel(QObject *parent)
    : QAbstractItemModel(parent), m_style(DistrictStyle::defaults())
{
    for (const LayerStyle &layer : std::as_const(m_style.layers))
        m_slots.append(Row{layer.table, findLayer(layer.table), -1, legendItems(layer)});
    // A layer list reads like a stack of sheets: what is drawn last lies on top.
    for (int slot = int(m_slots.size()) - 1; slot >= 0; --slot)
        m_order.append(slot);
}

QModelIndex LayerListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kLayerRow);
    return createIndex(row, column, quintptr(m_order.at(parent.row()) + 1));
}

QModelIndex LayerListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kLayerRow)
        return {};
    const int slot = int(child.internalId() - 1);
    return createIndex(int(m_order.indexOf(slot)), 0, kLayerRow);
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_order.size());
    // Only a layer's first column has children: its legend.
    if (parent.internalId() != kLayerRow || parent.column() != 0)
        return 0;
    return int(rowAt(parent.row()).legend.size());
}

int LayerListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (index.internalId() == kLayerRow)
        return layerData(index, rowAt(index.row()), role);
    const Row &layer = m_slots.at(int(index.internalId() - 1));
    return legendData(index, layer.legend.at(index.row()), role);
}

QString LayerListModel::title(const Row &row) const
{
    return row.layer ? layerTitle(*row.layer) : row.table;
}

QVariant LayerListModel::layerData(const QModelIndex &index, const Row &row, int role) const
{
    const LayerStyle *style = m_style.layer(row.table);
    const bool hiddenAtScale = style && style->visible && m_scale > 0 && !style->showsAt(m_scale);
    switch (role) {
    case TableRole:
        return row.table;
    case CountRole:
        return row.count;
    case IsLayerRole:
        return true;
    case Qt::ToolTipRole: {
        QString tip =
            row.count < 0
                ? title(row)
                : tr("%1: %n feature(s)", nullptr, int(std::min<qint64>(row.count, INT_MAX))).arg(title(row));
        if (hiddenAtScale)
            tip += QLatin1Char('\n') + tr("Not drawn at this scale (see the layer's style).");
        return tip;
    }
    case Qt::ForegroundRole:
        // Greyed like a disabled item: checked, but the layer's scale range leaves it out of this view.
        if (hiddenAtScale)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        break;
    }
    if (index.column() == TitleColumn) {
        if (role == Qt::DisplayRole)
            return title(row);
        if (role == Qt::CheckStateRole)
            return style && style->visible ? Qt::Checked : Qt::Unchecked;
    } else if (index.column() == CountColumn) {
        if (role == Qt::DisplayRole)
            return row.count < 0 ? QString() : QLocale().toString(row.count);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant LayerListModel::legendData(const QModelIndex &index, const LegendItem &item, int role) const
{
    switch (role) {
    case TableRole:
        return item.table;
    case ClassKeyRole:
        return item.key;
    case IsLayerRole:
        return false;
    default:
        break;
    }
    if (index.column() != TitleColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return item.label;
    case Qt::DecorationRole:
        return swatch(item);
    default:
        return {};
    }
}

QVariant LayerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Layer");
    case CountColumn:
        return tr("Features");
    default:
        return {};
    }
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between the layers
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kLayerRow)
        return f | Qt::ItemNeverHasChildren;
    f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == TitleColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.internalId() != kLayerRow || index.column() != TitleColumn ||
        role != Qt::CheckStateRole)
        return false;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const bool visible = value.value<Qt::CheckState>() == Qt::Checked;
    const Row &row = rowAt(index.row());
    // Copied before a layer is taken to change: the copy shares the layers until m_style detaches.
    const DistrictStyle before = m_style;
    LayerStyle *style = m_style.layer(row.table);
    if (!style)
        return false;
    if (style->visible == visible)
        return true;
    style->visible = visible;
    emit dataChanged(index, index.siblingAtColumn(CountColumn),
                     {Qt::CheckStateRole, Qt::ForegroundRole, Qt::ToolTipRole});
    emit visibleLayersChanged(visibleLayers());
    emit styleEdited(before, m_style,
                     visible ? tr("Show %1").arg(title(row)) : tr("Hide %1").arg(title(row)));
    return true;
}

void LayerListModel::setCounts(const QHash<QString, qint64> &counts)
{
    for (Row &row : m_slots)
        row.count = counts.value(row.table, -1);
    if (!m_order.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, CountRole});
}

QSet<QString> LayerListModel::visibleLayers() const
{
    return m_style.visibleLayers();
}

void LayerListModel::setLayerVisible(const QString &table, bool visible)
{
    const int r = rowOf(table);
    if (r >= 0)
        setData(index(r, TitleColumn), visible ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int LayerListModel::slotOf(const QString &table) const
{
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots.at(i).table == table)
            return i;
    return -1;
}

int LayerListModel::rowOf(const QString &table) const
{
    const int slot = slotOf(table);
    return slot < 0 ? -1 : int(m_order.indexOf(slot));
}

QModelIndex LayerListModel::layerIndex(const QString &table, int column) const
{
    const int row = rowOf(table);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString LayerListModel::tableAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(TableRole).toString() : QString();
}

void LayerListModel::retranslate()
{
    for (Row &row : m_slots)
        if (const LayerStyle *style = m_style.layer(row.table))
            row.legend = legendItems(*style);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllChanged();
}

void LayerListModel::emitAllChanged()
{
    if (m_order.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex layer = index(r, 0);
        if (const int n = rowCount(layer))
            emit dataChanged(index(0, 0, layer), index(n - 1, ColumnCount - 1, layer));
    }
}

} // namespace uo
