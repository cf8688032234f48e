#include "app/workstation/permits/route_share_chart.h"

#include "core/permits/permit_labels.h"

#include <QPainter>
#include <cmath>

namespace uo {

namespace {
constexpr int kRow = 30;
}

RouteShareChart::RouteShareChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RouteShareChart::setShares(const QList<RouteShare> &shares)
{
    m_shares = shares;
    updateGeometry();
    update();
}

QString RouteShareChart::rowText(int row) const
{
    if (row < 0 || row >= m_shares.size())
        return {};
    const RouteShare &s = m_shares[row];
    return tr("%1: %2 % (%n decision(s); target %3 %)", nullptr, s.decisions)
        .arg(PermitLabels::route(s.route))
        .arg(std::lround(s.share * 100))
        .arg(std::lround(s.target * 100));
}

QSize RouteShareChart::sizeHint() const
{
    return {420, 8 + std::max<int>(3, int(m_shares.size())) * kRow * 2};
}

void RouteShareChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colours[] = {QColor(46, 139, 87), QColor(30, 120, 200), QColor(220, 120, 20)};
    int total = 0;
    for (const RouteShare &s : m_shares)
        total += s.decisions;
    for (int i = 0; i < m_shares.size(); ++i) {
        const RouteShare &s = m_shares[i];
        const double top = 4 + i * kRow * 2;
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(4, top, width() - 8, kRow), Qt::AlignLeft | Qt::AlignVCenter, rowText(i));
        const QRectF track(4, top + kRow, width() - 8, kRow - 10);
        painter.fillRect(track, palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(track);
        if (total > 0)
            painter.fillRect(QRectF(track.left(), track.top(), track.width() * s.share, track.height()),
                             colours[i % 3]);
        // The target as a mark across the bar.
        const double x = track.left() + track.width() * s.target;
        painter.setPen(QPen(Qt::black, 2, Qt::DashLine));
        painter.drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3));
    }
    if (total == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No decision with a route in this period."));
    }
}

} // namespace uo
