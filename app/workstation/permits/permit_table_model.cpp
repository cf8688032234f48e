#include "permit_table_model.h"

#include "permit_labels.h"

#include <QLocale>

namespace uo {

void PermitTableModel::reload(DistrictStore *store)
{
    beginResetModel();
    m_rows = store ? PermitRegister::list(*store) : QList<PermitSummary>();
    endResetModel();
}

void PermitTableModel::reloadPermit(DistrictStore *store, qint64 permitId)
{
    const int row = rowOf(permitId);
    const PermitSummary fresh =
        store && permitId > 0 ? PermitRegister::one(*store, permitId) : PermitSummary();
    if (row < 0 || fresh.id == 0) {
        reload(store);
        return;
    }
    m_rows[row] = fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const PermitSummary *PermitTableModel::permit(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PermitTableModel::rowOf(qint64 permitId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == permitId)
            return i;
    return -1;
}

int PermitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PermitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PermitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PermitSummary &p = m_rows[index.row()];
    if (role == IdRole)
        return p.id;
    if (role == KeyRole) {
        switch (index.column()) {
        case Utility:
            return p.utility;
        case Work:
            return p.workType;
        case Status:
            return p.status;
        case Start:
            return p.start;
        case End:
            return p.end;
        case Area:
            return p.areaM2;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Area)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == Roads || index.column() == Segments))
        return (index.column() == Roads ? p.roadNames : p.segmentNames).join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return p.emergency ? tr("%1 (emergency)").arg(p.permitNo) : p.permitNo;
    case Applicant:
        return p.applicant;
    case Utility:
        return PermitLabels::utility(p.utility);
    case Work:
        return PermitLabels::workType(p.workType);
    case Status:
        return PermitLabels::status(p.status);
    case Start:
        return p.start.toString(Qt::ISODate);
    case End:
        return p.end.toString(Qt::ISODate);
    case Area:
        return QLocale().toString(p.areaM2, 'f', 1);
    case Roads:
        return p.roadNames.join(QStringLiteral(", "));
    case Segments:
        return p.segmentNames.join(QStringLiteral(", "));
    case Street:
        return p.streetName;
    case JointGroup:
        return p.jointGroup;
    }
    return {};
}

QVariant PermitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Permit no.");
    case Applicant:
        return tr("Applicant");
    case Utility:
        return tr("Utility");
    case Work:
        return tr("Work");
    case Status:
        return tr("Status");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Area:
        return tr("Area (m²)");
    case Roads:
        return tr("Roads");
    case Segments:
        return tr("Segments");
    case Street:
        return tr("Street");
    case JointGroup:
        return tr("Joint group");
    }
    return {};
}

} // namespace uo
