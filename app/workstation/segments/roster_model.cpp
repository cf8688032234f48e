#include "app/workstation/segments/roster_model.h"

#include <QBrush>
#include <QPalette>

namespace uo {

RosterModel::RosterModel(QObject *parent) : QAbstractTableModel(parent) {}

void RosterModel::reload(DistrictStore *store)
{
    beginResetModel();
    if (store) {
        Roster roster(*store);
        m_rows = roster.people();
        m_chairs = roster.chairedCounts();
    } else {
        m_rows.clear();
        m_chairs.clear();
    }
    endResetModel();
}

void RosterModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RosterModel::rowOf(qint64 personId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == personId)
            return i;
    return -1;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Person &p = m_rows.at(index.row());
    if (role == PersonIdRole)
        return p.id;
    if (role == ActiveRole)
        return p.active;
    if (role == Qt::ForegroundRole)
        return p.active ? QVariant() : QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text)));
    if (role == Qt::TextAlignmentRole && index.column() == ChairsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole && index.column() == ChairsColumn)
        return m_chairs.value(p.id);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case RoleColumn:
        return Roster::roleTitle(p.role);
    case UnitColumn:
        return p.unit;
    case PartyBranchColumn:
        return p.partyBranch;
    case ContactColumn:
        return p.contact;
    case ChairsColumn: {
        const int n = m_chairs.value(p.id);
        return n > 0 ? QString::number(n) : QString();
    }
    case StateColumn:
        return p.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case UnitColumn:
        return tr("Unit");
    case PartyBranchColumn:
        return tr("Party branch");
    case ContactColumn:
        return tr("Contact");
    case ChairsColumn:
        return tr("Chairs");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace uo
