#include "core/table/attribute_table_model.h"

#include "core/sql/database.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "core/table/store_worker.h"
#include "core/table/table_rows.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

namespace uo {

namespace {

const QString &placeholder()
{
    static const QString text = QStringLiteral("\u2026");
    return text;
}

} // namespace

AttributeTableModel::AttributeTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_cache.setMaxCost(kCachedBlocks);
}

AttributeTableModel::~AttributeTableModel()
{
    m_jobs.cancelAll(); // a running id query stops at its next check
    m_idWorker.reset();
    m_rowWorker.reset();
}

void AttributeTableModel::open(DistrictStore &store, const QString &table)
{
    sql::Database &db = store.db();
    QList<TableColumn> columns = TableColumns::load(db, table); // throws before anything changes
    TableLookups lookups = TableLookups::load(db);
    close();
    beginResetModel();
    m_table = table;
    m_columns = std::move(columns);
    m_lookups = std::move(lookups);
    m_query = TableQuery();
    m_query.table = table;
    const auto onError =
        StoreWorker::queuedTo(this, [this](const QString &message) { emit failed(message); });
    m_idWorker = std::make_unique<StoreWorker>(store.path(), onError);
    m_rowWorker = std::make_unique<StoreWorker>(store.path(), onError);
    endResetModel();
    listRows();
}

void AttributeTableModel::close()
{
    if (m_table.isEmpty())
        return;
    m_jobs.cancelAll();
    beginResetModel();
    m_idWorker.reset();
    m_rowWorker.reset();
    m_table.clear();
    m_columns.clear();
    m_lookups = TableLookups();
    m_allIds.clear();
    m_ids.clear();
    m_total = 0;
    m_cache.clear();
    m_pending.clear();
    m_requested.clear();
    m_rowWorkerBusy = false;
    endResetModel();
    setLoading(false);
    emit countsChanged();
}

void AttributeTableModel::setQuery(const TableQuery &query)
{
    TableQuery next = query;
    next.table = m_table;
    if (next == m_query)
        return;
    m_query = next;
    listRows();
}

void AttributeTableModel::reload()
{
    if (isOpen())
        listRows();
}

void AttributeTableModel::sort(int column, Qt::SortOrder order)
{
    TableQuery next = m_query;
    next.sortColumn = column;
    next.sortOrder = order;
    setQuery(next);
}

void AttributeTableModel::listRows()
{
    if (!m_idWorker)
        return;
    const JobTicket ticket = m_list = m_jobs.start();
    // The rows on screen stay until the new list is ready; their reads are no longer wanted.
    m_pending.clear();
    m_requested.clear();
    m_idWorker->clearPending();
    m_rowWorker->clearPending();
    setLoading(true);
    const BuiltQuery ids = TableQueries::idQuery(m_query, m_columns, m_lookups);
    const QString table = m_table;
    const QPointer<AttributeTableModel> self(this);
    // Unfiltered and unsorted, the list is every id in order, which a dense table gives without a scan.
    const bool plain =
        !m_query.isFiltered() &&
        (m_query.sortColumn < 0 || m_columns.value(m_query.sortColumn).kind == TableColumn::Kind::Id);
    const Qt::SortOrder order = m_query.sortOrder;
    m_idWorker->post([self, ids, table, ticket, plain, order](DistrictStore &store) {
        sql::Database &db = store.db();
        const auto cancelled = [ticket] { return !ticket.isCurrent(); };
        if (cancelled())
            return;
        const auto list = plain ? TableQueries::denseIds(db, table, order) : std::nullopt;
        const auto scanned = list ? list : TableQueries::runIds(db, ids, cancelled);
        if (!scanned)
            return;
        const qint64 total =
            plain ? scanned->size()
                  : db.scalarInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table).toUtf8());
        QMetaObject::invokeMethod(
            self.data(),
            [self, ticket, list = *scanned, total] {
                if (self)
                    self->idsArrived(ticket, list, total);
            },
            Qt::QueuedConnection);
    });
}

void AttributeTableModel::idsArrived(const JobTicket &ticket, const QVector<qint64> &ids, qint64 total)
{
    if (!ticket.isCurrent())
        return;
    beginResetModel();
    m_allIds = ids;
    m_total = total;
    m_cache.clear();
    m_pending.clear();
    m_requested.clear();
    applySelectedOnly();
    endResetModel();
    setLoading(false);
    emit countsChanged();
    emit rowsListed();
}

void AttributeTableModel::applySelectedOnly()
{
    if (!m_selectedOnly) {
        m_ids = m_allIds;
        return;
    }
    m_ids.clear();
    for (const qint64 id : std::as_const(m_allIds))
        if (m_selection.contains(id))
            m_ids.append(id);
}

void AttributeTableModel::setSelectedOnly(bool on)
{
    if (on == m_selectedOnly)
        return;
    m_selectedOnly = on;
    // The rows read so far belong to the old list's windows.
    m_list = m_jobs.start();
    beginResetModel();
    m_cache.clear();
    m_pending.clear();
    m_requested.clear();
    applySelectedOnly();
    endResetModel();
    emit countsChanged();
    emit rowsListed();
}

void AttributeTableModel::setSelection(const QSet<qint64> &ids)
{
    m_selection = ids;
    if (!m_selectedOnly) {
        emit countsChanged();
        return;
    }
    m_list = m_jobs.start();
    beginResetModel();
    m_cache.clear();
    m_pending.clear();
    m_requested.clear();
    applySelectedOnly();
    endResetModel();
    emit countsChanged();
    emit rowsListed();
}

QList<int> AttributeTableModel::rowsOf(const QSet<qint64> &ids) const
{
    QList<int> rows;
    if (ids.isEmpty())
        return rows;
    for (int row = 0; row < m_ids.size(); ++row)
        if (ids.contains(m_ids[row]))
            rows.append(row);
    return rows;
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant AttributeTableModel::rawValue(int row, int column) const
{
    if (row < 0 || row >= m_ids.size() || column < 0 || column >= m_columns.size())
        return QVariant();
    if (m_columns[column].kind == TableColumn::Kind::Id)
        return m_ids[row];
    const Block *block = m_cache.object(row / kBlockRows);
    if (!block)
        return QVariant();
    const QVariantList &values = block->rows.value(row % kBlockRows);
    return cellValue(row, column, values.value(column));
}

bool AttributeTableModel::isRowCached(int row) const
{
    return row >= 0 && row < m_ids.size() && m_cache.contains(row / kBlockRows);
}

int AttributeTableModel::cachedRows() const
{
    // Counted from the keys: looking the windows up would reorder the cache's least-recently-used list.
    int rows = 0;
    for (const int block : m_cache.keys())
        rows += std::clamp(int(m_ids.size()) - block * kBlockRows, 0, int(kBlockRows));
    return rows;
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TableColumn &column = m_columns[index.column()];
    const int row = index.row();
    if (role == IdRole)
        return m_ids[row];
    if (role == Qt::TextAlignmentRole)
        return column.isNumeric() ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole && role != Qt::EditRole)
        return QVariant();
    if (column.kind == TableColumn::Kind::Id)
        return role == Qt::ToolTipRole ? QVariant() : QVariant(m_ids[row]);
    const int blockIndex = row / kBlockRows;
    const Block *block = m_cache.object(blockIndex);
    if (!block) {
        requestBlock(blockIndex);
        return role == Qt::DisplayRole ? QVariant(placeholder()) : QVariant();
    }
    const QVariant raw =
        cellValue(row, index.column(), block->rows.value(row % kBlockRows).value(index.column()));
    if (role == RawValueRole || role == Qt::EditRole)
        return raw;
    if (role == Qt::ToolTipRole)
        return column.isCoded() && !raw.isNull() ? QVariant(raw.toString()) : QVariant();
    if (column.isCoded())
        return m_lookups.display(column, raw);
    return raw;
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        if (role == Qt::DisplayRole)
            return TableColumns::title(m_columns[section]);
        if (role == Qt::ToolTipRole)
            return m_columns[section].name;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void AttributeTableModel::retranslate()
{
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, int(m_columns.size()) - 1),
                         {Qt::DisplayRole});
}

void AttributeTableModel::requestBlock(int block) const
{
    if (m_requested.contains(block) || !m_rowWorker)
        return;
    m_requested.insert(block);
    m_pending.append(block);
    // Read after the view has asked for everything it paints, so the newest windows go first.
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QTimer::singleShot(0, const_cast<AttributeTableModel *>(this), &AttributeTableModel::pumpRows);
    }
}

void AttributeTableModel::pumpRows()
{
    m_pumpScheduled = false;
    // Requests too old to be on screen any more are forgotten; telling the view they changed makes
    // it ask again for those it still shows.
    while (m_pending.size() > kMaxPendingBlocks) {
        const int dropped = m_pending.takeFirst();
        m_requested.remove(dropped);
        emitBlockChanged(dropped);
    }
    if (m_rowWorkerBusy || !m_rowWorker)
        return;
    int block = -1;
    while (!m_pending.isEmpty() && block < 0) {
        block = m_pending.takeLast();
        if (qsizetype(block) * kBlockRows >= m_ids.size()) {
            m_requested.remove(block);
            block = -1;
        }
    }
    if (block < 0)
        return;
    const qsizetype first = qsizetype(block) * kBlockRows;
    const QVector<qint64> ids = m_ids.mid(first, kBlockRows);
    const JobTicket ticket = m_list;
    const QString table = m_table;
    const QList<TableColumn> columns = m_columns;
    const QPointer<AttributeTableModel> self(this);
    m_rowWorkerBusy = true;
    m_rowWorker->post([self, ticket, block, ids, table, columns](DistrictStore &store) {
        sql::Database &db = store.db();
        QVector<QVariantList> rows;
        QString error;
        try {
            rows = TableRows::read(db, table, columns, ids);
        } catch (const Error &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, ticket, block, rows, error] {
                if (!self)
                    return;
                if (!error.isEmpty())
                    emit self->failed(error);
                self->blockArrived(ticket, block, rows);
            },
            Qt::QueuedConnection);
    });
}

void AttributeTableModel::blockArrived(const JobTicket &ticket, int block, const QVector<QVariantList> &rows)
{
    m_rowWorkerBusy = false;
    m_rowsRead += rows.size();
    if (ticket.isCurrent() && !rows.isEmpty()) {
        m_requested.remove(block);
        m_cache.insert(block, new Block{rows});
        emitBlockChanged(block);
    }
    pumpRows();
}

void AttributeTableModel::emitBlockChanged(int block)
{
    const int first = block * kBlockRows;
    const int last = std::min<int>(first + kBlockRows, int(m_ids.size())) - 1;
    if (first <= last && !m_columns.isEmpty())
        emit dataChanged(index(first, 0), index(last, int(m_columns.size()) - 1));
}

void AttributeTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace uo
