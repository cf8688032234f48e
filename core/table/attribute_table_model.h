#pragma once

#include "core/jobs/job_tracker.h"
#include "core/table/table_columns.h"
#include "core/table/table_edits.h"
#include "core/table/table_lookups.h"
#include "core/table/table_query.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>
#include <QSet>
#include <QVector>
#include <atomic>
#include <memory>

namespace uo {

class StoreWorker;

class DistrictStore;

// The rows of one store table for a table view, however many there are. The ids of the rows the
// filter keeps, in sort order, are listed by one worker thread, as fast as SQLite sorts (the sqlite3
// shell takes 1.4 s to list 1.38 million components by name); the rows themselves are read by id, a window of
// kBlockRows at a time, by a second worker, only when the view asks for them, and only the last kCachedBlocks
// windows are kept. A row not read yet shows "…" until it arrives.
//
// With a TableEdits (see setEdits), cells the edit session allows are editable: setData() hands the
// value to it, which validates it and pushes the window's undo command; rows the session has changed
// show their pending values.
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kBlockRows = 128;
    static constexpr int kCachedBlocks = 96;
    // Windows asked for but not yet read; older requests give way to newer ones, so that a fast
    // scroll does not leave the worker reading rows long gone from the screen.
    static constexpr int kMaxPendingBlocks = 24;

    enum Role
    {
        RawValueRole = Qt::UserRole,
        IdRole
    };

    explicit AttributeTableModel(QObject *parent = nullptr);
    ~AttributeTableModel() override;

    // Shows `table` of the store `db` belongs to. The columns and the names behind the codes are read
    // now through `db`; the rows through the workers' own connections to the same file.
    void open(DistrictStore &store, const QString &table);
    void close();
    bool isOpen() const { return !m_table.isEmpty(); }
    const QString &table() const { return m_table; }
    const QList<TableColumn> &columns() const { return m_columns; }
    const TableLookups &lookups() const { return m_lookups; }

    // The filters and the sort (the query's table is ignored). Lists the rows again.
    void setQuery(const TableQuery &query);
    const TableQuery &query() const { return m_query; }
    // Reads everything again, e.g. after an edit.
    void reload();

    // "Selected rows only": keeps, of the rows the query lists, those in `selection`.
    void setSelectedOnly(bool on);
    bool selectedOnly() const { return m_selectedOnly; }
    void setSelection(const QSet<qint64> &ids);

    bool isLoading() const { return m_loading; }
    // Rows in the table, rows the filter keeps, rows shown (the filter and "selected only").
    qint64 totalCount() const { return m_total; }
    qint64 matchingCount() const { return m_allIds.size(); }
    const QVector<qint64> &ids() const { return m_ids; }
    qint64 idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : -1; }
    // Rows holding one of `ids`, ascending.
    QList<int> rowsOf(const QSet<qint64> &ids) const;
    // The raw value when the row has been read, an invalid QVariant otherwise.
    QVariant rawValue(int row, int column) const;

    // What the workers have read so far, for tests and the benchmark.
    qint64 rowsRead() const { return m_rowsRead; }
    int cachedRows() const;
    bool isRowCached(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Header titles and coded values follow the language.
    void retranslate();

    // The edit session the cells go through; none (the default) keeps the table read-only. Not owned.
    void setEdits(TableEdits *edits);
    // The session's pending rows changed (an edit, undo, redo, discard): the rows on screen show them.
    void pendingEditsChanged();
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void loadingChanged(bool loading);
    // The row counts or the selection count changed.
    void countsChanged();
    // Every time a new list of rows is shown (after open, a filter, a sort or a reload).
    void rowsListed();
    void failed(const QString &message);
    // An edit was refused: the rule's sentence, for the user.
    void editRefused(const QString &message);

private:
    struct Block
    {
        QVector<QVariantList> rows;
    };

    void listRows();
    void idsArrived(const JobTicket &ticket, const QVector<qint64> &ids, qint64 total);
    void applySelectedOnly();
    void requestBlock(int block) const;
    void pumpRows();
    void blockArrived(const JobTicket &ticket, int block, const QVector<QVariantList> &rows);
    void setLoading(bool loading);
    void emitBlockChanged(int block);
    // The value a cell shows: the session's pending value over the one read from the store.
    QVariant cellValue(int row, int column, const QVariant &stored) const;

    QString m_table;
    QList<TableColumn> m_columns;
    TableLookups m_lookups;
    TableQuery m_query;
    QVector<qint64> m_allIds; // what the query lists
    QVector<qint64> m_ids;    // what is shown
    qint64 m_total = 0;
    bool m_selectedOnly = false;
    QSet<qint64> m_selection;
    bool m_loading = false;
    TableEdits *m_edits = nullptr;

    // Raised whenever the list of ids changes: results of older lists are dropped, and a running id
    // query for an older list stops.
    JobTracker m_jobs;
    JobTicket m_list; // the current row list: id reads and row windows made for it
    mutable QCache<int, Block> m_cache;
    mutable QList<int> m_pending;  // windows waiting for the row worker, newest last
    mutable QSet<int> m_requested; // pending or being read
    mutable bool m_pumpScheduled = false;
    bool m_rowWorkerBusy = false;
    qint64 m_rowsRead = 0;

    // Declared last: destroyed first, so that a running job never outlives what it reads.
    std::unique_ptr<StoreWorker> m_idWorker;
    std::unique_ptr<StoreWorker> m_rowWorker;
};

} // namespace uo
