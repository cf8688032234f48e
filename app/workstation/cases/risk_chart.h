#pragma once

#include "core/cases/monitoring_rules.h"
#include "core/cases/risk_history.h"

#include <QChartView>

namespace uo {

// A risk point's records as a chart (Qt Charts): each quantity's readings as a line over time, the
// monitoring rule's threshold as a dashed line, the alerts as red marks, and the inspections as marks
// along the bottom (those that found a hazard in orange).
class RiskChart : public QChartView
{
    Q_OBJECT

public:
    explicit RiskChart(QWidget *parent = nullptr);

    void setRecords(const QList<RiskRecord> &records, const QList<RiskAlert> &alerts, double threshold);
    int readingCount() const { return m_readings; }
    QSize sizeHint() const override;

private:
    int m_readings = 0;
};

} // namespace uo
