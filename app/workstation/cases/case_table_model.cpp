#include "app/workstation/cases/case_table_model.h"

#include "core/cases/case_labels.h"
#include "core/cases/case_time.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/table/store_worker.h"
#include "gis/render/case_style.h"

#include <QBrush>
#include <QFont>

namespace uo {

namespace {
QString when(const QDateTime &t)
{
    return t.isValid()
               ? t.toOffsetFromUtc(case_time::kOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}
} // namespace

CaseTableModel::CaseTableModel(QObject *parent) : QAbstractTableModel(parent) {}

CaseTableModel::~CaseTableModel()
{
    m_worker.reset(); // waits for a running read, whose result then finds no model
}

void CaseTableModel::reload(DistrictStore *store, const CaseFilter &filter)
{
    const JobTicket ticket = m_reads.start();
    m_filter = filter;
    if (!store || !store->hasTable(tableOf(Layer::Cases))) {
        m_worker.reset();
        beginResetModel();
        m_rows.clear();
        endResetModel();
        setLoading(false);
        emit loaded();
        return;
    }
    if (!m_worker || m_workerPath != store->path()) {
        m_workerPath = store->path();
        m_worker = std::make_unique<StoreWorker>(m_workerPath,
                                                 StoreWorker::queuedTo(this, [this](const QString &message) {
                                                     setLoading(false);
                                                     emit loadFailed(message);
                                                 }));
    }
    m_worker->clearPending();
    setLoading(true);
    m_worker->postLatest(
        this, ticket, [filter](DistrictStore &reader) { return CaseRegister::list(reader, filter); },
        [this](const QList<CaseSummary> &rows) { rowsArrived(rows); });
}

void CaseTableModel::rowsArrived(const QList<CaseSummary> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    setLoading(false);
    emit loaded();
}

void CaseTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void CaseTableModel::reloadCase(DistrictStore *store, qint64 caseId)
{
    const int row = rowOf(caseId);
    if (m_loading || row < 0 || !store) {
        reload(store, m_filter);
        return;
    }
    CaseFilter one = m_filter;
    one.caseId = caseId;
    const QList<CaseSummary> fresh = CaseRegister::list(*store, one);
    if (fresh.isEmpty()) {
        // No longer among those the filter lets through.
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    m_rows[row] = fresh.first();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const CaseSummary *CaseTableModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CaseTableModel::rowOf(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == caseId)
            return i;
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary &c = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return c.id;
    case OverdueRole:
        return c.overdue;
    case KeyRole:
        switch (index.column()) {
        case State:
            return c.state;
        case Source:
            return c.source;
        case Route:
            return c.route;
        case Reported:
            return c.reportedAt;
        case Due:
            return c.dueAt;
        case Street:
            return c.streetCode;
        case Class:
            return c.classCode;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        return c.overdue ? QBrush(case_style::overdueTextColour()) : QVariant();
    case Qt::FontRole:
        if (c.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Class || index.column() == Number ? c.description : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return c.reopened > 0 ? tr("%1 (reopened)").arg(c.caseNo) : c.caseNo;
    case Class:
        return QStringLiteral("%1 %2").arg(c.classCode, c.className);
    case State:
        return CaseLabels::state(c.state, c.overdue);
    case Source:
        return CaseLabels::source(c.source);
    case Street:
        return c.communityName.isEmpty() ? c.streetName : tr("%1, %2").arg(c.streetName, c.communityName);
    case Segment:
        return c.segmentName;
    case Chief:
        return c.chiefName;
    case Reported:
        return when(c.reportedAt);
    case Due:
        return when(c.dueAt);
    case Unit:
        return c.unitName;
    case Route:
        return c.route.isEmpty() ? QString() : CaseLabels::route(c.route);
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Case no.");
    case Class:
        return tr("Class");
    case State:
        return tr("State");
    case Source:
        return tr("Source");
    case Street:
        return tr("Street, community");
    case Segment:
        return tr("Segment");
    case Chief:
        return tr("Chief");
    case Reported:
        return tr("Reported");
    case Due:
        return tr("Due");
    case Unit:
        return tr("Dispatched to");
    case Route:
        return tr("Solved by");
    }
    return {};
}

} // namespace uo
