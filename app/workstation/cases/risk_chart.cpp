#include "app/workstation/cases/risk_chart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace uo {

RiskChart::RiskChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setRecords({}, {}, 0);
}

QSize RiskChart::sizeHint() const
{
    return {420, 260};
}

void RiskChart::setRecords(const QList<RiskRecord> &records, const QList<RiskAlert> &alerts, double threshold)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MM-dd"));
    auto *values = new QValueAxis;
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    QHash<QString, QLineSeries *> lines;
    auto *inspections = new QScatterSeries;
    inspections->setName(tr("Inspection"));
    inspections->setMarkerSize(7);
    inspections->setColor(QColor(0x30, 0x80, 0x30));
    auto *findings = new QScatterSeries;
    findings->setName(tr("Inspection found a hazard"));
    findings->setMarkerSize(9);
    findings->setColor(QColor(0xf0, 0x8c, 0x00));
    double top = threshold > 0 ? threshold * 1.2 : 1;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    m_readings = 0;
    for (const RiskRecord &r : records) {
        const qint64 ms = r.time.toMSecsSinceEpoch();
        first = std::min(first, ms);
        last = std::max(last, ms);
        if (r.kind == QLatin1String("reading") && r.hasValue) {
            QLineSeries *&line = lines[r.quantity];
            if (!line) {
                line = new QLineSeries;
                line->setName(r.quantity == QLatin1String("methane_pct") ? tr("Methane (%)") : r.quantity);
            }
            line->append(double(ms), r.value);
            top = std::max(top, r.value * 1.1);
            ++m_readings;
        } else if (r.kind == QLatin1String("inspection")) {
            (r.note.contains(QString::fromUtf8("隐患")) ? findings : inspections)->append(double(ms), 0);
        }
    }
    for (QLineSeries *line : std::as_const(lines)) {
        chart->addSeries(line);
        line->attachAxis(time);
        line->attachAxis(values);
    }
    if (threshold > 0 && first <= last && !lines.isEmpty()) {
        auto *limit = new QLineSeries;
        limit->setName(tr("Alert threshold"));
        limit->setPen(QPen(QColor(0xd7, 0x19, 0x1c), 1.5, Qt::DashLine));
        limit->append(double(first), threshold);
        limit->append(double(last), threshold);
        chart->addSeries(limit);
        limit->attachAxis(time);
        limit->attachAxis(values);
    }
    if (!alerts.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setName(tr("Alert"));
        marks->setMarkerSize(11);
        marks->setColor(QColor(0xd7, 0x19, 0x1c));
        for (const RiskAlert &a : alerts)
            marks->append(double(a.time.toMSecsSinceEpoch()), a.value);
        chart->addSeries(marks);
        marks->attachAxis(time);
        marks->attachAxis(values);
    }
    for (QScatterSeries *s : {inspections, findings}) {
        if (s->count() == 0) {
            delete s;
            continue;
        }
        chart->addSeries(s);
        s->attachAxis(time);
        s->attachAxis(values);
    }
    values->setRange(0, top);
    if (first <= last) {
        time->setRange(QDateTime::fromMSecsSinceEpoch(first),
                       QDateTime::fromMSecsSinceEpoch(std::max(last, first + 3600000)));
        time->setFormat(last - first > 120LL * 86400000 ? QStringLiteral("yyyy-MM")
                                                        : QStringLiteral("MM-dd"));
    } else {
        chart->setTitle(tr("No records"));
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace uo
