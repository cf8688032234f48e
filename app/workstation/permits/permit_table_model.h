#pragma once

#include "permits/permit_register.h"

#include <QAbstractTableModel>

namespace uo {

class DistrictStore;

// The permit register: one row per permit of the district with where it digs. Read again when the
// permits change; one permit's row alone after an edit of that permit.
class PermitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Applicant,
        Utility,
        Work,
        Status,
        Start,
        End,
        Area,
        Roads,
        Segments,
        Street,
        JointGroup,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KeyRole
    }; // KeyRole: the store's key (status, utility) or date

    using QAbstractTableModel::QAbstractTableModel;

    void reload(DistrictStore *store);
    // Reads one permit again; a permit that is new or gone reloads everything.
    void reloadPermit(DistrictStore *store, qint64 permitId);

    const PermitSummary *permit(int row) const;
    int rowOf(qint64 permitId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PermitSummary> m_rows;
};

} // namespace uo
