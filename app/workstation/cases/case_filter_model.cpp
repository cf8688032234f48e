#include "app/workstation/cases/case_filter_model.h"

#include "app/workstation/cases/case_table_model.h"
#include "core/cases/case_time.h"
#include "core/cases/case_workflow.h"

namespace uo {

CaseFilterModel::CaseFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CaseTableModel::KeyRole);
}

void CaseFilterModel::setState(const QString &state)
{
    m_state = state;
    invalidateFilter();
}

void CaseFilterModel::setStreet(const QString &code)
{
    m_street = code;
    invalidateFilter();
}

void CaseFilterModel::setOverdueOnly(bool on)
{
    m_overdue = on;
    invalidateFilter();
}

void CaseFilterModel::setReportedFrom(QDate day)
{
    m_from = day;
    invalidateFilter();
}

void CaseFilterModel::setReportedTo(QDate day)
{
    m_to = day;
    invalidateFilter();
}

void CaseFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool CaseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const CaseTableModel *>(sourceModel());
    const CaseSummary *c = model ? model->caseAt(sourceRow) : nullptr;
    if (!c)
        return false;
    if (m_state == QLatin1String("open") ? !CaseWorkflow::isOpen(c->state)
                                         : !m_state.isEmpty() && c->state != m_state)
        return false;
    if (!m_street.isEmpty() && c->streetCode != m_street)
        return false;
    if (m_overdue && !c->overdue)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = c->reportedAt.toOffsetFromUtc(case_time::kOffsetSeconds).date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    if (!m_text.isEmpty() && !c->caseNo.contains(m_text, Qt::CaseInsensitive) &&
        !c->className.contains(m_text, Qt::CaseInsensitive) && !c->classCode.startsWith(m_text) &&
        !c->description.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool CaseFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The times straight from the cases: a register of 30,000 sorts by them with half a million
    // comparisons, each of which would otherwise wrap two QDateTimes in QVariants.
    const auto *model = qobject_cast<const CaseTableModel *>(sourceModel());
    const CaseSummary *a = model ? model->caseAt(left.row()) : nullptr;
    const CaseSummary *b = model ? model->caseAt(right.row()) : nullptr;
    if (a && b && left.column() == CaseTableModel::Reported)
        return a->reportedAt < b->reportedAt;
    if (a && b && left.column() == CaseTableModel::Due)
        return a->dueAt < b->dueAt;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace uo
