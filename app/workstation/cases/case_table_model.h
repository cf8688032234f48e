#pragma once

#include "core/cases/case_register.h"
#include "core/jobs/job_tracker.h"

#include <QAbstractTableModel>
#include <memory>

namespace uo {

class DistrictStore;
class StoreWorker;

// The case register: one row per case with its class, state, place, time limit and unit, overdue rows
// in red. Read on a worker thread with its own connection (a year is some 30,000 cases); the rows on
// screen stay until the new ones arrive. One case's row alone is read again after a step of it.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CaseTableModel(QObject *parent = nullptr);
    ~CaseTableModel() override;

    enum Column
    {
        Number,
        Class,
        State,
        Source,
        Street,
        Segment,
        Chief,
        Reported,
        Due,
        Unit,
        Route,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KeyRole,     // the store's key (state, source, route) or the date, for sorting and filtering
        OverdueRole, // bool
    };

    // Starts reading the cases that `filter` lets through; loaded() follows.
    void reload(DistrictStore *store, const CaseFilter &filter = {});
    void reloadCase(DistrictStore *store, qint64 caseId);
    bool isLoading() const { return m_loading; }

    const CaseSummary *caseAt(int row) const;
    int rowOf(qint64 caseId) const;
    const QList<CaseSummary> &cases() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

private:
    void rowsArrived(const QList<CaseSummary> &rows);
    void setLoading(bool loading);

    QList<CaseSummary> m_rows;
    CaseFilter m_filter;
    std::unique_ptr<StoreWorker> m_worker;
    QString m_workerPath;
    JobTracker m_reads; // the newest read wins; older results are dropped
    bool m_loading = false;
};

} // namespace uo
