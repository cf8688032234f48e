#pragma once

#include "core/permits/nodig_calendar.h"

#include <QAbstractTableModel>

namespace uo {

// The no-dig calendar as an editable table: name, kind, first and last day. Edits stay in the model
// until the rules dialog saves them all at once.
class NoDigCalendarModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Start,
        End,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setPeriods(const QList<NoDigPeriod> &periods);
    const QList<NoDigPeriod> &periods() const { return m_periods; }
    // Appends a period starting today and returns its row.
    int addPeriod();
    static QString kindLabel(const QString &kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

private:
    QList<NoDigPeriod> m_periods;
};

} // namespace uo
