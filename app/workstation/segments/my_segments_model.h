#pragma once

#include "core/cases/case_register.h"
#include "core/segments/segment_surroundings.h"

#include <QHash>

#include <QAbstractTableModel>

namespace uo {

class DistrictStore;

// One person's segments, each with its length, collaborators, and the shops, risk points, components,
// permits and open cases along it: what a segment chief opens to see their work.
class MySegmentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SegmentColumn,
        RoleColumn,
        LengthColumn,
        CollaboratorsColumn,
        ShopsColumn,
        RiskPointsColumn,
        ComponentsColumn,
        PermitsColumn,
        OpenCasesColumn,
        ColumnCount
    };
    enum Role
    {
        SegmentIdRole = Qt::UserRole + 1,
        BoundsRole,
        SortRole
    };

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
    // The open cases on the segment of `row`, the overdue first, then the newest.
    QList<CaseSummary> openCases(int row) const { return m_openCases.value(m_rows.at(row).segment.id); }
    // All the segments' lines together, with the reach around them: what the map should show.
    QRectF bounds() const;

private:
    QVariant display(const SegmentSurroundings &s, int column) const;

    qint64 m_person = 0;
    QList<SegmentSurroundings> m_rows;
    QHash<qint64, QList<CaseSummary>> m_openCases; // by segment
};

} // namespace uo
