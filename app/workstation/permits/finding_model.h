#pragma once

#include "core/permits/permit_review.h"

#include <QAbstractTableModel>

namespace uo {

// The review's checks, one row each: the rule, its outcome and the reason in words. The features a
// finding names are under LayerRole (a std::optional<Layer>) and IdsRole, so that clicking the row
// highlights them on the map.
class FindingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rule,
        Outcome,
        Reason,
        ColumnCount
    };
    enum Role
    {
        LayerRole = Qt::UserRole + 1,
        IdsRole,
        OutcomeRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReview(const PermitReviewResult &review);
    const PermitReviewResult &review() const { return m_review; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PermitReviewResult m_review;
};

} // namespace uo
