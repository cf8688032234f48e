#pragma once

#include "core/segments/segment_queries.h"

#include <QAbstractTableModel>

namespace uo {

class DistrictStore;

// Per chief: how many segments and how many kilometres, for balancing the load. Active officers
// without segments are rows too.
class WorkloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The unit last: a long name may be cut, the figures never.
    enum Column
    {
        ChiefColumn,
        SegmentsColumn,
        KilometresColumn,
        UnitColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit WorkloadModel(QObject *parent = nullptr);

    void reload(DistrictStore *store);
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ChiefWorkload &row(int r) const { return m_rows.at(r); }

private:
    QList<ChiefWorkload> m_rows;
};

} // namespace uo
