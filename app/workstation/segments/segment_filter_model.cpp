#include "app/workstation/segments/segment_filter_model.h"

#include "app/workstation/segments/segment_table_model.h"

namespace uo {

SegmentFilterModel::SegmentFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SegmentTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void SegmentFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void SegmentFilterModel::setUnassignedOnly(bool only)
{
    if (only == m_unassignedOnly)
        return;
    m_unassignedOnly = only;
    invalidateFilter();
}

bool SegmentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_unassignedOnly && !index.data(SegmentTableModel::NeedsChiefRole).toBool())
        return false;
    return m_text.isEmpty() ||
           index.data(SegmentTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace uo
