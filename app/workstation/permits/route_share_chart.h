#pragma once

#include "core/permits/permit_statistics.h"

#include <QWidget>

namespace uo {

// The share of each disposition route next to the bureau's target (70 % online service, 20 %
// coordination by the governance centres, 10 % joint enforcement): a bar per route with the target
// marked on it.
class RouteShareChart : public QWidget
{
    Q_OBJECT

public:
    explicit RouteShareChart(QWidget *parent = nullptr);

    void setShares(const QList<RouteShare> &shares);
    const QList<RouteShare> &shares() const { return m_shares; }
    // One line per route, as the chart shows it.
    QString rowText(int row) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<RouteShare> m_shares;
};

} // namespace uo
