#include "app/workstation/permits/permit_filter_model.h"

#include "app/workstation/permits/permit_table_model.h"

namespace uo {

PermitFilterModel::PermitFilterModel(PermitTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(PermitTableModel::KeyRole);
}

void PermitFilterModel::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void PermitFilterModel::setUtility(const QString &utility)
{
    m_utility = utility;
    invalidateFilter();
}

void PermitFilterModel::setApplicant(const QString &text)
{
    m_applicant = text.trimmed();
    invalidateFilter();
}

void PermitFilterModel::setPeriod(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void PermitFilterModel::setStreet(const QString &streetCode)
{
    m_street = streetCode;
    invalidateFilter();
}

void PermitFilterModel::setSegment(qint64 segmentId)
{
    m_segment = segmentId;
    invalidateFilter();
}

bool PermitFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const PermitSummary *p = m_source->permit(sourceRow);
    if (!p)
        return false;
    if (!m_status.isEmpty() && p->status != m_status)
        return false;
    if (!m_utility.isEmpty() && p->utility != m_utility)
        return false;
    if (!m_applicant.isEmpty() && !p->applicant.contains(m_applicant, Qt::CaseInsensitive))
        return false;
    // Works that overlap the period: they dig in it at some time.
    if (m_from.isValid() && p->end < m_from)
        return false;
    if (m_to.isValid() && p->start > m_to)
        return false;
    if (!m_street.isEmpty() && p->streetCode != m_street)
        return false;
    if (m_segment > 0 && !p->segmentIds.contains(m_segment))
        return false;
    return true;
}

bool PermitFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(PermitTableModel::KeyRole), b = right.data(PermitTableModel::KeyRole);
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace uo
