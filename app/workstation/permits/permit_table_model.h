#pragma once

#include "core/jobs/job_tracker.h"
#include "core/permits/permit_register.h"

#include <QAbstractTableModel>

#include <memory>

namespace uo {

class DistrictStore;
class StoreWorker;

// The permit register: one row per permit of the district with where it digs and the outcome of its
// checks with their reasons. Read again when the permits change; one permit's row alone after an edit of
// that permit. The whole register is read on a worker thread with its own connection (PermitRegister),
// and the rows on screen stay until the new ones arrive.
class PermitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PermitTableModel(QObject *parent = nullptr);
    ~PermitTableModel() override;

    enum Column
    {
        Number,
        Check,
        Applicant,
        Utility,
        Work,
        Status,
        Start,
        End,
        Area,
        Roads,
        Segments,
        Street,
        JointGroup,
        Reasons,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KeyRole
    }; // KeyRole: the store's key (status, utility), date or check outcome (PermitFinding::Outcome)

    // Starts reading every permit; loaded() follows. Without a store the register is empty at once.
    void reload(DistrictStore *store);
    // Reads one permit again; a permit that is new or gone, or an edit while the register is being read,
    // reloads everything.
    void reloadPermit(DistrictStore *store, qint64 permitId);
    bool isLoading() const { return m_loading; }

    const PermitSummary *permit(int row) const;
    int rowOf(qint64 permitId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

private:
    void rowsArrived(const QList<PermitSummary> &rows);
    void setLoading(bool loading);

    QList<PermitSummary> m_rows;
    std::unique_ptr<StoreWorker> m_worker;
    QString m_workerPath;
    JobTracker m_reads; // the newest read wins; older results are dropped
    bool m_loading = false;
};

} // namespace uo
