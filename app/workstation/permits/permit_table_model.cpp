#include "app/workstation/permits/permit_table_model.h"

#include "core/permits/permit_labels.h"
#include "core/permits/permit_rules.h"
#include "core/store/district_store.h"
#include "core/table/store_worker.h"

#include <QColor>
#include <QLocale>

namespace uo {

PermitTableModel::PermitTableModel(QObject *parent) : QAbstractTableModel(parent) {}

PermitTableModel::~PermitTableModel()
{
    m_worker.reset(); // waits for a running read, whose result then finds no model
}

void PermitTableModel::reload(DistrictStore *store)
{
    const JobTicket ticket = m_reads.start();
    if (!store) {
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
    // The worker has a store of its own: it reads the rules there, off the window's thread.
    m_worker->postLatest(
        this, ticket, [](DistrictStore &reader) { return PermitRegister::list(reader); },
        [this](const QList<PermitSummary> &rows) { rowsArrived(rows); });
}

void PermitTableModel::rowsArrived(const QList<PermitSummary> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    setLoading(false);
    emit loaded();
}

void PermitTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void PermitTableModel::reloadPermit(DistrictStore *store, qint64 permitId)
{
    if (m_loading) {
        // The read under way may have started before this edit.
        reload(store);
        return;
    }
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
        case Check:
            return int(p.outcome);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Area)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == Roads || index.column() == Segments))
        return (index.column() == Roads ? p.roadNames : p.segmentNames).join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && (index.column() == Check || index.column() == Reasons) &&
        !p.reasons.isEmpty()) {
        // Rich text, so that long reasons wrap instead of running off the screen.
        QString tip;
        for (const QString &reason : p.reasons)
            tip += QStringLiteral("<p>%1</p>").arg(reason.toHtmlEscaped());
        return tip;
    }
    if (role == Qt::ForegroundRole && index.column() == Check && p.outcome != PermitFinding::Pass)
        return QColor(p.outcome == PermitFinding::Fail ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x9a, 0x5b, 0x00));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return p.emergency ? tr("%1 (emergency)").arg(p.permitNo) : p.permitNo;
    case Check:
        return PermitReview::outcomeName(p.outcome);
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
        return p.roadNames.join(tr(", "));
    case Segments:
        return p.segmentNames.join(tr(", "));
    case Street:
        return p.streetName;
    case JointGroup:
        return p.jointGroup;
    case Reasons:
        return p.reasons.join(tr("; "));
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
    case Check:
        return tr("Check");
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
    case Reasons:
        return tr("Reasons");
    }
    return {};
}

} // namespace uo
