#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace uo::report {

// A stacked horizontal bar chart drawn with QPainter: Qt Charts needs Qt Widgets, which gis/ never
// links, and a report wants the bars as vector paths in its PDF anyway.
struct BarChart
{
    struct Series
    {
        QString label;
        QColor colour;
    };
    QStringList categories;      // one bar each, top to bottom
    QList<Series> series;        // the parts of every bar, left to right
    QList<QList<double>> values; // values[category][series]

    double total(int category) const;
    // Draws the bars, a value axis with round ticks, each bar's total, and a key of the series.
    void paint(QPainter &painter, const QRectF &area) const;
    // The height that gives each bar `barPoints` points.
    double heightFor(double barPoints) const;
};

} // namespace uo::report
