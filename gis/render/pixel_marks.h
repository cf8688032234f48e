#pragma once

#include <QList>
#include <QPoint>
#include <QRect>
#include <QtGlobal>
#include <vector>

namespace uo::render {

// Point symbols gathered on the pixel grid before they are drawn. At district scale thousands of
// components fall into one pixel; drawing that pixel once per kind of symbol looks the same as drawing
// it a thousand times, while every kind present there still gets its mark. Nothing is sampled: each
// point is looked at, and the caller counts it.
class PixelMarks
{
public:
    static constexpr int kMaxKinds = 8;

    // `area` is the pixel rectangle that can hold marks: the viewport and a margin.
    explicit PixelMarks(const QRect &area);

    const QRect &area() const { return m_area; }

    // Records that a point of `kind` fell into pixel (x, y); false when the pixel lies outside the
    // area. Threads may record at once into disjoint rows.
    bool add(int x, int y, int kind)
    {
        const unsigned dx = unsigned(x - m_area.left()), dy = unsigned(y - m_area.top());
        if (dx >= unsigned(m_area.width()) || dy >= unsigned(m_area.height()))
            return false;
        m_seen[size_t(dy) * size_t(m_area.width()) + dx] |= quint8(1u << kind);
        return true;
    }

    // The bits of one row of the area, from its left edge.
    const quint8 *row(int y) const
    {
        return m_seen.data() + size_t(y - m_area.top()) * size_t(m_area.width());
    }

    qint64 markCount() const;
    // Where to draw each kind: one mark per pixel that holds it, in rows [top, bottom).
    QList<QList<QPoint>> marksByKind(int top, int bottom) const;

private:
    QRect m_area;
    std::vector<quint8> m_seen; // a bit per kind for every pixel of the area
};

} // namespace uo::render
