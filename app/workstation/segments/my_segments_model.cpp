#include "app/workstation/segments/my_segments_model.h"

#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/render/case_style.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

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
    m_rows = store && personId > 0 ? SegmentNeighbourhood(*store).forPerson(personId)
                                   : QList<SegmentSurroundings>();
    m_openCases.clear();
    if (!m_rows.isEmpty() && store->hasTable(tableOf(Layer::Cases))) {
        CaseFilter open;
        open.state = QStringLiteral("open");
        for (const SegmentSurroundings &s : std::as_const(m_rows))
            open.segmentIds.append(s.segment.id);
        QList<CaseSummary> cases = CaseRegister::list(*store, open); // the newest first
        std::stable_sort(cases.begin(), cases.end(),
                         [](const CaseSummary &a, const CaseSummary &b) { return a.overdue > b.overdue; });
        for (const CaseSummary &c : std::as_const(cases))
            m_openCases[c.segmentId].append(c);
    }
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
    case SegmentColumn:
        return tr("%1 \u2014 %2").arg(s.segment.roadName, s.segment.name);
    case RoleColumn:
        return s.segment.chiefId == m_person ? tr("Chief") : tr("Collaborator");
    case LengthColumn:
        return locale.toString(s.segment.length(), 'f', 1);
    case CollaboratorsColumn:
        return s.segment.collaboratorNames.join(tr(", "));
    case ShopsColumn:
        return locale.toString(s.shops.size());
    case RiskPointsColumn:
        return locale.toString(s.riskPoints.size());
    case ComponentsColumn:
        return locale.toString(s.components);
    case PermitsColumn:
        return locale.toString(s.permits.size());
    case OpenCasesColumn: {
        const QList<CaseSummary> cases = m_openCases.value(s.segment.id);
        const auto overdue =
            std::count_if(cases.cbegin(), cases.cend(), [](const CaseSummary &c) { return c.overdue; });
        return overdue > 0
                   ? tr("%1 (%2 overdue)").arg(locale.toString(cases.size()), locale.toString(overdue))
                   : locale.toString(cases.size());
    }
    default:
        return {};
    }
}

QVariant MySegmentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SegmentSurroundings &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case SegmentIdRole:
        return s.segment.id;
    case BoundsRole:
        return padded(s.bounds);
    case SortRole:
        switch (index.column()) {
        case LengthColumn:
            return s.segment.length();
        case ShopsColumn:
            return int(s.shops.size());
        case RiskPointsColumn:
            return int(s.riskPoints.size());
        case ComponentsColumn:
            return s.components;
        case PermitsColumn:
            return int(s.permits.size());
        case OpenCasesColumn:
            return int(m_openCases.value(s.segment.id).size());
        default:
            return display(s, index.column());
        }
    case Qt::ForegroundRole: {
        // Overdue cases stand out wherever they are counted.
        const QList<CaseSummary> cases = m_openCases.value(s.segment.id);
        if (index.column() == OpenCasesColumn &&
            std::any_of(cases.cbegin(), cases.cend(), [](const CaseSummary &c) { return c.overdue; }))
            return QBrush(case_style::overdueTextColour());
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == LengthColumn || index.column() >= ShopsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ShopsColumn:
            return names(s.shops);
        case RiskPointsColumn:
            return names(s.riskPoints);
        case PermitsColumn:
            return names(s.permits);
        case OpenCasesColumn: {
            QStringList lines;
            for (const CaseSummary &c : m_openCases.value(s.segment.id))
                lines.append(QStringLiteral("%1 %2").arg(c.caseNo, c.className));
            return lines.join(QLatin1Char('\n'));
        }
        case CollaboratorsColumn:
            return s.segment.collaboratorNames.join(QLatin1Char('\n'));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MySegmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SegmentColumn:
        return tr("Segment");
    case RoleColumn:
        return tr("As");
    case LengthColumn:
        return tr("Length (m)");
    case CollaboratorsColumn:
        return tr("Collaborators");
    case ShopsColumn:
        return tr("Shops");
    case RiskPointsColumn:
        return tr("Risk points");
    case ComponentsColumn:
        return tr("Components");
    case PermitsColumn:
        return tr("Permits");
    case OpenCasesColumn:
        return tr("Open cases");
    default:
        return {};
    }
}

} // namespace uo
