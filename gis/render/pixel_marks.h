#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRect>
#include <vector>

namespace uo::render {

// Point symbols gathered on the pixel grid before they are drawn. At district scale thousands of
// components fall into one pixel; drawing that pixel once per kind of symbol looks the same as drawing
// it a thousand times, while every kind present there still gets its mark. Nothing is sampled: each
// point is looked at and counted.
class PixelMarks
{
public:
    // `area` is the pixel rectangle that can hold marks (the viewport and a margin); `kinds` at most 16.
    PixelMarks(const QRect &area, int kinds);

    // Records a point of one kind; returns true when it is the first of its kind in that pixel.
    bool add(QPointF pixel, int kind);

    // Where to draw each kind: the first point that fell into each of its pixels.
    const QPolygonF &marks(int kind) const { return m_marks.at(kind); }
    qint64 pointCount(int kind) const { return m_counts.at(kind); }
    qint64 markCount() const;

private:
    QRect m_area;
    std::vector<quint16> m_seen; // a bit per kind for every pixel of the area
    QList<QPolygonF> m_marks;
    QList<qint64> m_counts;
};

} // namespace uo::render
