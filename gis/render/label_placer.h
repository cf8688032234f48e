#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <array>

namespace uo::render {

// A label's box on screen: a rectangle turned to follow its line.
struct LabelBox
{
    std::array<QPointF, 4> corners; // in order around the box
    QRectF bounds;                  // of the corners, for a quick first test

    // The box of size (width, height) centred on `centre`, its width along the unit vector `along`.
    static LabelBox around(QPointF centre, QPointF along, double width, double height);
};

// Where labels may still go. Each placed label takes its box; one that would overlap a box already
// taken, or reach past the picture's edge, is refused, so that names never cover one another. A
// handful of labels fit on a screen: a list beats any index.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &picture) : m_picture(picture) {}

    // Takes the box and returns true when it is free and inside the picture.
    bool place(const LabelBox &box);
    // Keeps an area clear of labels: a symbol no name may cover.
    void keepClear(const QRectF &area);
    // How many labels were placed.
    int count() const { return m_placed; }

private:
    QRectF m_picture;
    QList<LabelBox> m_taken; // labels and areas kept clear
    int m_placed = 0;
};

} // namespace uo::render
