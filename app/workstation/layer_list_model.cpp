#include "layer_list_model.h"

#include "store/layers.h"

#include <QLocale>
#include <algorithm>
#include <climits>

namespace uo {

LayerListModel::LayerListModel(QObject *parent) : QAbstractTableModel(parent)
{
    const QList<LayerInfo> &layers = mapLayers();
    // A layer list reads like a stack of sheets: what is drawn last lies on top.
    for (auto it = layers.crbegin(); it != layers.crend(); ++it)
        m_rows.append(Row{&*it});
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LayerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case TableRole: return QString::fromLatin1(row.layer->table);
    case CountRole: return row.count;
    case Qt::ToolTipRole:
        return row.count < 0 ? layerTitle(*row.layer)
                             : tr("%1: %n feature(s)", nullptr, int(std::min<qint64>(row.count, INT_MAX)))
                                   .arg(layerTitle(*row.layer));
    default: break;
    }
    if (index.column() == TitleColumn) {
        if (role == Qt::DisplayRole)
            return layerTitle(*row.layer);
        if (role == Qt::CheckStateRole)
            return row.visible ? Qt::Checked : Qt::Unchecked;
    } else if (index.column() == CountColumn) {
        if (role == Qt::DisplayRole)
            return row.count < 0 ? QString() : QLocale().toString(row.count);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant LayerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Layer");
    case CountColumn: return tr("Features");
    default: return {};
    }
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TitleColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != TitleColumn || role != Qt::CheckStateRole)
        return false;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const bool visible = value.value<Qt::CheckState>() == Qt::Checked;
    Row &row = m_rows[index.row()];
    if (row.visible == visible)
        return true;
    row.visible = visible;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit visibleLayersChanged(visibleLayers());
    return true;
}

void LayerListModel::setCounts(const QHash<QString, qint64> &counts)
{
    for (Row &row : m_rows)
        row.count = counts.value(QString::fromLatin1(row.layer->table), -1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole, CountRole});
}

QSet<QString> LayerListModel::visibleLayers() const
{
    QSet<QString> tables;
    for (const Row &row : m_rows)
        if (row.visible)
            tables.insert(QString::fromLatin1(row.layer->table));
    return tables;
}

void LayerListModel::setLayerVisible(const QString &table, bool visible)
{
    const int r = rowOf(table);
    if (r >= 0)
        setData(index(r, TitleColumn), visible ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int LayerListModel::rowOf(const QString &table) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (table == QLatin1String(m_rows.at(i).layer->table))
            return i;
    return -1;
}

void LayerListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace uo
