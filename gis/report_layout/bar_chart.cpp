#include "gis/report_layout/bar_chart.h"

#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/report_style.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace uo::report {

namespace {
constexpr double kKeyHeight = 16.0;
constexpr double kAxisHeight = 14.0;
} // namespace

double BarChart::total(int category) const
{
    double sum = 0;
    for (const double v : values.value(category))
        sum += v;
    return sum;
}

double BarChart::heightFor(double barPoints) const
{
    return kKeyHeight + kAxisHeight + categories.size() * barPoints * 1.4;
}

void BarChart::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    const QFont font = style::font(style::kSmallPoints);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QLocale locale;

    // The key of the series along the top.
    double x = area.left();
    for (const Series &s : series) {
        painter.fillRect(QRectF(x, area.top() + 4, 9, 9), s.colour);
        painter.setPen(style::ink());
        painter.drawText(QPointF(x + 12, area.top() + 4 + metrics.ascent() - 1), s.label);
        x += 12 + metrics.horizontalAdvance(s.label) + 14;
    }

    double labelWidth = 0, largest = 0;
    for (int c = 0; c < categories.size(); ++c) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(categories[c]));
        largest = std::max(largest, total(c));
    }
    labelWidth = std::min(labelWidth + 6, area.width() * 0.3);
    const QRectF plot(area.left() + labelWidth, area.top() + kKeyHeight, area.width() - labelWidth - 30,
                      area.height() - kKeyHeight - kAxisHeight);
    // A round tick step that gives four to eight ticks.
    const double step = MapFrame::roundLength(std::max(largest, 1.0) / 4);
    const double top = std::max(step, std::ceil(largest / step) * step);
    const auto toX = [&](double v) { return plot.left() + plot.width() * v / top; };

    painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0.4));
    for (double v = 0; v <= top + 1e-9; v += step) {
        painter.drawLine(QPointF(toX(v), plot.top()), QPointF(toX(v), plot.bottom()));
        const QString tick = locale.toString(v, 'g', 6);
        painter.save();
        painter.setPen(style::ink());
        painter.drawText(
            QPointF(toX(v) - metrics.horizontalAdvance(tick) / 2, plot.bottom() + metrics.ascent() + 2),
            tick);
        painter.restore();
    }

    const double slot = categories.isEmpty() ? 0 : plot.height() / categories.size();
    for (int c = 0; c < categories.size(); ++c) {
        const double y = plot.top() + c * slot;
        const double barTop = y + slot * 0.15, barHeight = slot * 0.7;
        painter.setPen(style::ink());
        painter.drawText(QRectF(area.left(), y, labelWidth - 6, slot), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(categories[c], Qt::ElideRight, labelWidth - 6));
        double from = 0;
        for (int s = 0; s < series.size(); ++s) {
            const double v = values.value(c).value(s);
            if (v <= 0)
                continue;
            painter.fillRect(QRectF(toX(from), barTop, toX(from + v) - toX(from), barHeight),
                             series[s].colour);
            from += v;
        }
        painter.setPen(style::ink());
        painter.drawText(QPointF(toX(from) + 3, barTop + barHeight / 2 + metrics.ascent() / 2 - 1),
                         locale.toString(total(c), 'g', 6));
    }
    painter.setPen(QPen(style::ink(), 0.6));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

} // namespace uo::report
