#include "app/workstation/segments/workload_model.h"

#include <QLocale>

namespace uo {

WorkloadModel::WorkloadModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkloadModel::reload(DistrictStore *store)
{
    beginResetModel();
    m_rows = store ? SegmentQueries(*store).workload() : QList<ChiefWorkload>();
    endResetModel();
}

void WorkloadModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorkloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ChiefWorkload &w = m_rows.at(index.row());
    switch (role) {
    case PersonIdRole:
        return w.personId;
    case Qt::TextAlignmentRole:
        if (index.column() == SegmentsColumn || index.column() == KilometresColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (!w.active)
            return tr("%1 is inactive: their segments need a new chief.").arg(w.name);
        return {};
    case SortRole:
        if (index.column() == SegmentsColumn)
            return w.segments;
        if (index.column() == KilometresColumn)
            return w.kilometres;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChiefColumn:
            return w.active ? w.name : tr("%1 (inactive)").arg(w.name);
        case UnitColumn:
            return w.unit;
        case SegmentsColumn:
            return QLocale().toString(w.segments);
        case KilometresColumn:
            return QLocale().toString(w.kilometres, 'f', 2);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChiefColumn:
        return tr("Chief");
    case UnitColumn:
        return tr("Unit");
    case SegmentsColumn:
        return tr("Segments");
    case KilometresColumn:
        return tr("km");
    default:
        return {};
    }
}

} // namespace uo
