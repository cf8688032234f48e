#include "app/workstation/segments/segment_table_model.h"

#include <QBrush>
#include <QLocale>

namespace uo {

SegmentTableModel::SegmentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SegmentTableModel::reload(DistrictStore *store)
{
    QList<SegmentSummary> rows = store ? SegmentQueries(*store).segments() : QList<SegmentSummary>();
    bool sameSegments = rows.size() == m_rows.size() && !rows.isEmpty();
    for (qsizetype i = 0; sameSegments && i < rows.size(); ++i)
        sameSegments = rows[i].id == m_rows[i].id;
    if (sameSegments) {
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SegmentTableModel::rowOf(qint64 segmentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == segmentId)
            return i;
    return -1;
}

void SegmentTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant SegmentTableModel::display(const SegmentSummary &s, int column) const
{
    const QLocale locale;
    switch (column) {
    case RoadColumn:
        return s.roadName;
    case NameColumn:
        return s.name;
    case FromColumn:
        return locale.toString(s.from, 'f', 1);
    case ToColumn:
        return locale.toString(s.to, 'f', 1);
    case LengthColumn:
        return locale.toString(s.length(), 'f', 1);
    case ChiefColumn:
        if (s.chiefId == 0)
            return QString();
        return s.chiefActive ? s.chiefName : tr("%1 (inactive)").arg(s.chiefName);
    case CollaboratorsColumn:
        return s.collaboratorNames.join(tr(", "));
    case PartyBranchColumn:
        return s.partyUnitName;
    case StatusColumn:
        return s.needsChief() ? tr("Needs a chief") : tr("Assigned");
    default:
        return {};
    }
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SegmentSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case SegmentIdRole:
        return s.id;
    case NeedsChiefRole:
        return s.needsChief();
    case SearchTextRole:
        return QStringList{s.roadName, s.name, s.chiefName}.join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case FromColumn:
            return s.from;
        case ToColumn:
            return s.to;
        case LengthColumn:
            return s.length();
        case StatusColumn:
            return s.needsChief() ? 0 : 1;
        default:
            return display(s, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == FromColumn || index.column() == ToColumn || index.column() == LengthColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // The one mark that must catch the eye in a long list.
        if (index.column() == StatusColumn && s.needsChief())
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && s.needsChief())
            return s.chiefId == 0
                       ? tr("This segment has no chief.")
                       : tr("%1 is inactive or not a city-management officer; the segment needs a new "
                            "chief.")
                             .arg(s.chiefName);
        if (index.column() == CollaboratorsColumn)
            return s.collaboratorNames.join(QLatin1Char('\n'));
        return {};
    default:
        return {};
    }
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoadColumn:
        return tr("Road");
    case NameColumn:
        return tr("Segment");
    case FromColumn:
        return tr("From (m)");
    case ToColumn:
        return tr("To (m)");
    case LengthColumn:
        return tr("Length (m)");
    case ChiefColumn:
        return tr("Chief");
    case CollaboratorsColumn:
        return tr("Collaborators");
    case PartyBranchColumn:
        return tr("Party branch");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace uo
