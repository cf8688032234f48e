#pragma once

#include "core/permits/permit_statistics.h"

#include <QWidget>

namespace uo {

// Every past and planned dig of the roads a permit touches, one lane per road along a time axis of
// years, with "opened N times in the last N years" under the road's name. The permit under review is
// drawn in its own colour so it stands out among the digs before and after it.
class DigTimeline : public QWidget
{
    Q_OBJECT

public:
    struct Lane
    {
        qint64 roadId = 0;
        QString name;
    };

    explicit DigTimeline(QWidget *parent = nullptr);

    void setTimeline(const QList<Lane> &roads, const QList<RoadDig> &digs, qint64 reviewedPermitId,
                     QDate today, int years);
    void clear();
    // The lane's text: the road's name and how often it was opened in the last years.
    QString laneText(int lane) const;
    int laneCount() const { return int(m_lanes.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Lane> m_lanes;
    QList<RoadDig> m_digs;
    qint64 m_reviewed = 0;
    QDate m_today;
    int m_years = 5;
};

} // namespace uo
