#pragma once

#include <QDate>
#include <QDockWidget>

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

// The road-zipper figures of a period: digs per road and per kilometre and year, the most-dug roads
// (listed, and shown on the map when asked), and the share of each disposition route next to the
// bureau's 70/20/10 target.
class PermitStatisticsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PermitStatisticsDock(PermitDocument *document, QWidget *parent = nullptr);

    void setPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    RoadDigModel *roadModel() const { return m_roads; }
    RouteShareChart *routeChart() const { return m_chart; }
    bool showsOnMap() const;
    int topCount() const;

public slots:
    void refresh();

signals:
    // The most-dug roads to show on the map (empty: show none).
    void mostDugChanged(const QList<qint64> &roadIds);
    void roadActivated(qint64 roadId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void emitMostDug();
    void retranslate();

    PermitDocument *m_document;
    RoadDigModel *m_roads;
    RouteShareChart *m_chart;
    QDateEdit *m_from, *m_to;
    QSpinBox *m_top;
    QCheckBox *m_onMap;
    QTableView *m_view;
    QLabel *m_periodLabel, *m_summary, *m_routesLabel, *m_roadsLabel;
};

} // namespace uo
