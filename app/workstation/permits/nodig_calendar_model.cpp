#include "app/workstation/permits/nodig_calendar_model.h"

namespace uo {

void NoDigCalendarModel::setPeriods(const QList<NoDigPeriod> &periods)
{
    beginResetModel();
    m_periods = periods;
    endResetModel();
}

int NoDigCalendarModel::addPeriod()
{
    const int row = int(m_periods.size());
    beginInsertRows(QModelIndex(), row, row);
    const QDate today = QDate::currentDate();
    m_periods.append({0, tr("New period"), QStringLiteral("holiday"), today, today});
    endInsertRows();
    return row;
}

QString NoDigCalendarModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("holiday"))
        return tr("Statutory holiday");
    if (kind == QLatin1String("event"))
        return tr("Citywide event");
    if (kind == QLatin1String("season"))
        return tr("No-dig season");
    return kind;
}

int NoDigCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int NoDigCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoDigCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_periods.size())
        return {};
    const NoDigPeriod &p = m_periods[index.row()];
    if (role == Qt::ToolTipRole && index.column() == Kind)
        return tr("Holidays and events: no new dig may start. Seasons: no works may be open.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.name;
    case Kind:
        return role == Qt::EditRole ? QVariant(p.kind) : QVariant(kindLabel(p.kind));
    case Start:
        return role == Qt::EditRole ? QVariant(p.start) : QVariant(p.start.toString(Qt::ISODate));
    case End:
        return role == Qt::EditRole ? QVariant(p.end) : QVariant(p.end.toString(Qt::ISODate));
    }
    return {};
}

bool NoDigCalendarModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_periods.size())
        return false;
    NoDigPeriod &p = m_periods[index.row()];
    switch (index.column()) {
    case Name:
        if (value.toString().trimmed().isEmpty())
            return false;
        p.name = value.toString().trimmed();
        break;
    case Kind:
        if (!NoDigCalendar::kinds().contains(value.toString()))
            return false;
        p.kind = value.toString();
        break;
    case Start:
    case End: {
        const QDate d = value.typeId() == QMetaType::QDate ? value.toDate()
                                                           : QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid())
            return false;
        (index.column() == Start ? p.start : p.end) = d;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags NoDigCalendarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant NoDigCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Start:
        return tr("First day");
    case End:
        return tr("Last day");
    }
    return {};
}

bool NoDigCalendarModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_periods.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_periods.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace uo
