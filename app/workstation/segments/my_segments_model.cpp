#include "app/workstation/segments/my_segments_model.h"

#include <QLocale>

namespace uo {

namespace {

QString names(const QList<NearbyFeature> &features)
{
    QStringList out;
    for (const NearbyFeature &f : features)
        out.append(f.name);
    return out.join(QLatin1Char('\n'));
}

QRectF padded(const QRectF &r)
{
    const double reach = SegmentNeighbourhood::kDefaultReach;
    return r.adjusted(-reach, -reach, reach, reach);
}

} // namespace

MySegmentsModel::MySegmentsModel(QObject *parent) : QAbstractTableModel(parent) {}

void MySegmentsModel::reload(DistrictStore *store, qint64 personId)
{
    beginResetModel();
    m_person = store ? personId : 0;
    m_rows = store && personId > 0 ? SegmentNeighbourhood(*store).forPerson(personId) : QList<SegmentSurroundings>();
    endResetModel();
}

void MySegmentsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MySegmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MySegmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QRectF MySegmentsModel::bounds() const
{
    QRectF all;
    for (const SegmentSurroundings &s : m_rows)
        all = all.isNull() ? padded(s.bounds) : all.united(padded(s.bounds));
    return all;
}

QVariant MySegmentsModel::display(const SegmentSurroundings &s, int column) const
{
    const QLocale locale;
    switch (column) {
    case SegmentColumn: return tr("%1 \u2014 %2").arg(s.segment.roadName, s.segment.name);
    case RoleColumn: return s.segment.chiefId == m_person ? tr("Chief") : tr("Collaborator");
    case LengthColumn: return locale.toString(s.segment.length(), 'f', 1);
    case CollaboratorsColumn: return s.segment.collaboratorNames.join(tr(", "));
    case ShopsColumn: return locale.toString(s.shops.size());
    case RiskPointsColumn: return locale.toString(s.riskPoints.size());
    case ComponentsColumn: return locale.toString(s.components);
    case PermitsColumn: return locale.toString(s.permits.size());
    default: return {};
    }
}

QVariant MySegmentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SegmentSurroundings &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(s, index.column());
    case SegmentIdRole: return s.segment.id;
    case BoundsRole: return padded(s.bounds);
    case SortRole:
        switch (index.column()) {
        case LengthColumn: return s.segment.length();
        case ShopsColumn: return int(s.shops.size());
        case RiskPointsColumn: return int(s.riskPoints.size());
        case ComponentsColumn: return s.components;
        case PermitsColumn: return int(s.permits.size());
        default: return display(s, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == LengthColumn || index.column() >= ShopsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ShopsColumn: return names(s.shops);
        case RiskPointsColumn: return names(s.riskPoints);
        case PermitsColumn: return names(s.permits);
        case CollaboratorsColumn: return s.segment.collaboratorNames.join(QLatin1Char('\n'));
        default: return {};
        }
    default: return {};
    }
}

QVariant MySegmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SegmentColumn: return tr("Segment");
    case RoleColumn: return tr("As");
    case LengthColumn: return tr("Length (m)");
    case CollaboratorsColumn: return tr("Collaborators");
    case ShopsColumn: return tr("Shops");
    case RiskPointsColumn: return tr("Risk points");
    case ComponentsColumn: return tr("Components");
    case PermitsColumn: return tr("Permits");
    default: return {};
    }
}

} // namespace uo
