#pragma once

#include "core/segments/roster.h"

#include <QAbstractTableModel>
#include <QHash>

namespace uo {

class DistrictStore;

// The people of the roster with their role, unit, Party branch, contact, state and how many segments
// each chairs.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        UnitColumn,
        PartyBranchColumn,
        ContactColumn,
        ChairsColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        ActiveRole,
        SortRole
    };

    explicit RosterModel(QObject *parent = nullptr);

    void reload(DistrictStore *store);
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Person &person(int row) const { return m_rows.at(row); }
    int chairs(qint64 personId) const { return m_chairs.value(personId); }
    int rowOf(qint64 personId) const;

private:
    QList<Person> m_rows;
    QHash<qint64, int> m_chairs;
};

} // namespace uo
