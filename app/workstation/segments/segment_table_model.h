#pragma once

#include "core/segments/segment_queries.h"

#include <QAbstractTableModel>

namespace uo {

class DistrictStore;

// Every segment of the open district with its road, measures, chief, collaborators and Party branch.
// Segments that need a chief are marked in the Status column and in NeedsChiefRole.
class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoadColumn,
        NameColumn,
        FromColumn,
        ToColumn,
        LengthColumn,
        ChiefColumn,
        CollaboratorsColumn,
        PartyBranchColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SegmentIdRole = Qt::UserRole + 1,
        NeedsChiefRole,
        SortRole,
        SearchTextRole
    };

    explicit SegmentTableModel(QObject *parent = nullptr);

    // Reads every segment again; rows that stay the same segments only change their cells, so that a
    // view keeps its selection across an edit. A null store empties the model.
    void reload(DistrictStore *store);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SegmentSummary &segment(int row) const { return m_rows.at(row); }
    int rowOf(qint64 segmentId) const;
    // Headers and cells in the language just installed.
    void retranslate();

private:
    QVariant display(const SegmentSummary &s, int column) const;

    QList<SegmentSummary> m_rows;
};

} // namespace uo
