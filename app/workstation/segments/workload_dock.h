#pragma once

#include <QDockWidget>

class QSortFilterProxyModel;
class QTableView;

namespace uo {

class ProgressCard;
class SegmentDocument;
class WorkloadModel;

// The progress card over the workload per chief (sortable), both read again after every edit.
class WorkloadDock : public QDockWidget
{
    Q_OBJECT

public:
    WorkloadDock(SegmentDocument *document, QWidget *parent = nullptr);

    WorkloadModel *model() const { return m_model; }
    ProgressCard *card() const { return m_card; }
    QTableView *view() const { return m_view; }

signals:
    // A chief was double-clicked: show their segments.
    void personActivated(qint64 personId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();

    SegmentDocument *m_document;
    WorkloadModel *m_model;
    QSortFilterProxyModel *m_sorted;
    ProgressCard *m_card;
    QTableView *m_view;
};

} // namespace uo
