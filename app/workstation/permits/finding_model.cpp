#include "app/workstation/permits/finding_model.h"

#include "core/permits/permit_labels.h"

#include <QBrush>
#include <QColor>

namespace uo {

void FindingModel::setReview(const PermitReviewResult &review)
{
    beginResetModel();
    m_review = review;
    endResetModel();
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review.findings.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_review.findings.size())
        return {};
    const PermitFinding &f = m_review.findings[index.row()];
    switch (role) {
    case LayerRole:
        return QVariant::fromValue(f.layer);
    case IdsRole:
        return QVariant::fromValue(f.ids);
    case OutcomeRole:
        return int(f.outcome);
    case Qt::ToolTipRole:
        return f.message;
    case Qt::ForegroundRole:
        if (index.column() == Outcome && f.outcome == PermitFinding::Fail)
            return QBrush(QColor(190, 0, 0));
        if (index.column() == Outcome && f.outcome == PermitFinding::Warn)
            return QBrush(QColor(170, 100, 0));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rule:
            return PermitLabels::rule(f.rule);
        case Outcome:
            return PermitReview::outcomeName(f.outcome);
        case Reason:
            return f.message;
        }
        return {};
    default:
        return {};
    }
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule:
        return tr("Check");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace uo
