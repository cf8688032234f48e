#pragma once

#include "core/jobs/job_tracker.h"
#include "core/permits/permit_statistics.h"

#include <QDate>
#include <QDockWidget>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace uo {

class PermitDocument;
class RoadDigModel;
class RouteShareChart;
class StoreWorker;

// The road-zipper figures of a period: digs per road and per kilometre and year, the most-dug roads
// (listed, and shown on the map when asked), and the share of each disposition route next to the
// bureau's 70/20/10 target. The figures are worked out on a worker thread with its own connection,
// so that the window never waits for them; refreshed() says when they are shown.
class PermitStatisticsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PermitStatisticsDock(PermitDocument *document, QWidget *parent = nullptr);
    ~PermitStatisticsDock() override;

    void setPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    RoadDigModel *roadModel() const { return m_roads; }

public slots:
    void refresh();

signals:
    // The most-dug roads to show on the map (empty: show none).
    void mostDugChanged(const QList<qint64> &roadIds);
    void roadActivated(qint64 roadId);
    // New figures are shown.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void emitMostDug();
    void showFigures(const QList<RoadDigCount> &roads, const QList<RouteShare> &shares);
    void retranslate();

    PermitDocument *m_document;
    RoadDigModel *m_roads;
    RouteShareChart *m_chart;
    QDateEdit *m_from, *m_to;
    QSpinBox *m_top;
    QCheckBox *m_onMap;
    QTableView *m_view;
    QLabel *m_periodLabel, *m_summary, *m_routesLabel, *m_roadsLabel;
    std::unique_ptr<StoreWorker> m_worker;
    QString m_workerPath;
    JobTracker m_requests; // the newest request wins; older answers are dropped
    bool m_computing = false;
};

} // namespace uo
