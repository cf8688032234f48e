#pragma once

#include "core/permits/permit_statistics.h"

#include <QAbstractTableModel>

namespace uo {

// Digs per road over a period, the most dug first: rank, road, length, digs, digs per km and year.
class RoadDigModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Road,
        Length,
        Digs,
        PerKmYear,
        ColumnCount
    };
    enum Role
    {
        RoadIdRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRoads(const QList<RoadDigCount> &roads);
    const QList<RoadDigCount> &roads() const { return m_roads; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RoadDigCount> m_roads;
};

} // namespace uo
