#include "app/workstation/permits/road_dig_model.h"

#include <QLocale>

namespace uo {

void RoadDigModel::setRoads(const QList<RoadDigCount> &roads)
{
    beginResetModel();
    m_roads = roads;
    endResetModel();
}

int RoadDigModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roads.size());
}

int RoadDigModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoadDigModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_roads.size())
        return {};
    const RoadDigCount &r = m_roads[index.row()];
    if (role == RoadIdRole)
        return r.roadId;
    if (role == Qt::TextAlignmentRole && index.column() != Road)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Road:
        return r.name;
    case Length:
        return QLocale().toString(r.lengthM / 1000.0, 'f', 2);
    case Digs:
        return r.digs;
    case PerKmYear:
        return QLocale().toString(r.perKmPerYear, 'f', 2);
    }
    return {};
}

QVariant RoadDigModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Road:
        return tr("Road");
    case Length:
        return tr("Length (km)");
    case Digs:
        return tr("Digs");
    case PerKmYear:
        return tr("Digs per km and year");
    }
    return {};
}

} // namespace uo
