#include "app/workstation/permits/dig_timeline.h"

#include "core/permits/permit_labels.h"

#include <QPaintEvent>
#include <QPainter>
#include <algorithm>

namespace uo {

namespace {

constexpr int kLaneHeight = 38;
constexpr int kAxisHeight = 20;
constexpr int kLabelWidth = 190;

} // namespace

DigTimeline::DigTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void DigTimeline::setTimeline(const QList<Lane> &roads, const QList<RoadDig> &digs, qint64 reviewedPermitId,
                              QDate today, int years)
{
    m_lanes = roads;
    m_digs = digs;
    m_reviewed = reviewedPermitId;
    m_today = today;
    m_years = years;
    updateGeometry();
    update();
}

void DigTimeline::clear()
{
    setTimeline({}, {}, 0, QDate(), m_years);
}

QString DigTimeline::laneText(int lane) const
{
    if (lane < 0 || lane >= m_lanes.size())
        return {};
    const int n = PermitStatistics::openedCount(m_digs, m_lanes[lane].roadId, m_years, m_today);
    return tr("%1: opened %n time(s) in the last %2 years", nullptr, n).arg(m_lanes[lane].name).arg(m_years);
}

QSize DigTimeline::sizeHint() const
{
    return {560, kAxisHeight + std::max<int>(1, int(m_lanes.size())) * kLaneHeight + 6};
}

QSize DigTimeline::minimumSizeHint() const
{
    return {320, kAxisHeight + kLaneHeight};
}

void DigTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_lanes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("The permit touches no road."));
        return;
    }
    // The axis covers the last years and every dig shown, in whole years.
    QDate first = m_today.addYears(-m_years), last = m_today;
    for (const RoadDig &d : m_digs) {
        first = std::min(first, d.start);
        last = std::max(last, d.end);
    }
    first = QDate(first.year(), 1, 1);
    last = QDate(last.year() + 1, 1, 1);
    const double span = std::max<qint64>(1, first.daysTo(last));
    const QRectF plot(kLabelWidth, kAxisHeight, width() - kLabelWidth - 8, height() - kAxisHeight - 2);
    auto xOf = [&](QDate d) { return plot.left() + plot.width() * first.daysTo(d) / span; };

    painter.setPen(palette().color(QPalette::Mid));
    const QFontMetrics fm = painter.fontMetrics();
    const int step = std::max(
        1, int(std::ceil((last.year() - first.year()) * fm.horizontalAdvance(QStringLiteral("2026 ")) /
                         std::max(1.0, plot.width()))));
    for (int year = first.year(); year <= last.year(); year += step) {
        const double x = xOf(QDate(year, 1, 1));
        painter.setPen(palette().color(QPalette::Midlight));
        painter.drawLine(QPointF(x, kAxisHeight), QPointF(x, height()));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x + 2, kAxisHeight - 5), QString::number(year));
    }
    // Today, and the window of years the count looks at.
    painter.fillRect(QRectF(xOf(m_today.addYears(-m_years)), kAxisHeight,
                            xOf(m_today) - xOf(m_today.addYears(-m_years)), plot.height()),
                     QColor(255, 200, 0, 35));
    painter.setPen(QPen(QColor(200, 0, 0), 1, Qt::DashLine));
    painter.drawLine(QPointF(xOf(m_today), kAxisHeight), QPointF(xOf(m_today), height()));

    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const double top = kAxisHeight + lane * kLaneHeight;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(4, top + 2, kLabelWidth - 8, kLaneHeight - 4),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, laneText(lane));
        for (const RoadDig &d : m_digs) {
            if (d.roadId != m_lanes[lane].roadId)
                continue;
            QColor colour = d.permitId == m_reviewed ? QColor(255, 130, 0)
                            : d.past                 ? QColor(70, 110, 200)
                                                     : QColor(150, 60, 190);
            const double x0 = xOf(d.start), x1 = std::max(x0 + 4, xOf(d.end.addDays(1)));
            const QRectF bar(x0, top + 8, x1 - x0, kLaneHeight - 16);
            painter.fillRect(bar, colour);
            painter.setPen(colour.darker(140));
            painter.drawRect(bar);
        }
        painter.setPen(palette().color(QPalette::Midlight));
        painter.drawLine(QPointF(0, top + kLaneHeight), QPointF(width(), top + kLaneHeight));
    }
}

} // namespace uo
