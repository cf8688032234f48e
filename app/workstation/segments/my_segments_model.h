#pragma once

#include "core/segments/segment_surroundings.h"

#include <QAbstractTableModel>

namespace uo {

class DistrictStore;

// One person's segments, each with its length, collaborators, and the shops, risk points, components
// and permits along it: what a segment chief opens to see their work.
class MySegmentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SegmentColumn, RoleColumn, LengthColumn, CollaboratorsColumn, ShopsColumn, RiskPointsColumn,
                  ComponentsColumn, PermitsColumn, ColumnCount };
    enum Role { SegmentIdRole = Qt::UserRole + 1, BoundsRole, SortRole };

    explicit MySegmentsModel(QObject *parent = nullptr);

    // The segments of `personId` (0: none) in `store`.
    void reload(DistrictStore *store, qint64 personId);
    void retranslate();
    qint64 personId() const { return m_person; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SegmentSurroundings &segment(int row) const { return m_rows.at(row); }
    // All the segments' lines together, with the reach around them: what the map should show.
    QRectF bounds() const;

private:
    QVariant display(const SegmentSurroundings &s, int column) const;

    qint64 m_person = 0;
    QList<SegmentSurroundings> m_rows;
};

} // namespace uo
