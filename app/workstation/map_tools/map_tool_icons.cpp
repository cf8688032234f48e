#include "app/workstation/map_tools/map_tool_icons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace uo::map_icons {

namespace {

const QColor kInk(0x33, 0x3d, 0x4a);
const QColor kAccent(0x1f, 0x6f, 0xc5);
const QColor kSelect(0xf2, 0xb8, 0x00);

// Every icon is drawn on a 24 x 24 grid and scaled.
void drawMagnifier(QPainter &p)
{
    p.setPen(QPen(kInk, 2.2));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(10, 10), 6.5, 6.5);
    p.setPen(QPen(kInk, 3.2, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(15, 15), QPointF(21, 21));
}

void drawArrow(QPainter &p, bool left)
{
    QPainterPath path;
    const double s = left ? 1 : -1, c = 12;
    path.moveTo(c - s * 8, 12);
    path.lineTo(c - s * 1, 5);
    path.lineTo(c - s * 1, 9);
    path.lineTo(c + s * 8, 9);
    path.lineTo(c + s * 8, 15);
    path.lineTo(c - s * 1, 15);
    path.lineTo(c - s * 1, 19);
    path.closeSubpath();
    p.setPen(QPen(kInk, 1.2));
    p.setBrush(kAccent);
    p.drawPath(path);
}

void draw(QPainter &p, Icon which)
{
    p.setRenderHint(QPainter::Antialiasing);
    switch (which) {
    case Icon::Pan: {
        // Four arrows out of a centre: the map moves any way.
        p.setPen(QPen(kInk, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(12, 3), QPointF(12, 21));
        p.drawLine(QPointF(3, 12), QPointF(21, 12));
        p.setBrush(kInk);
        const QPointF tips[4][3] = {{{12, 2}, {9, 6}, {15, 6}},
                                    {{12, 22}, {9, 18}, {15, 18}},
                                    {{2, 12}, {6, 9}, {6, 15}},
                                    {{22, 12}, {18, 9}, {18, 15}}};
        for (const auto &tip : tips)
            p.drawPolygon(tip, 3);
        break;
    }
    case Icon::ZoomBox:
        p.setPen(QPen(kAccent, 1.5, Qt::DashLine));
        p.drawRect(QRectF(6, 6, 8, 8));
        drawMagnifier(p);
        break;
    case Icon::Identify:
        p.setPen(Qt::NoPen);
        p.setBrush(kAccent);
        p.drawEllipse(QPointF(12, 12), 10, 10);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(12, 7), 1.8, 1.8);
        p.drawRoundedRect(QRectF(10.4, 10, 3.2, 9), 1, 1);
        break;
    case Icon::SelectRectangle:
        p.setPen(QPen(kInk, 1.6, Qt::DashLine));
        p.setBrush(QColor(kSelect.red(), kSelect.green(), kSelect.blue(), 90));
        p.drawRect(QRectF(3, 4, 17, 13));
        p.setPen(QPen(kInk, 1));
        p.setBrush(kSelect);
        p.drawEllipse(QPointF(9, 10), 2.5, 2.5);
        p.drawEllipse(QPointF(15, 12), 2.5, 2.5);
        break;
    case Icon::SelectPolygon: {
        const QPointF corners[] = {{3, 9}, {11, 3}, {21, 8}, {17, 20}, {6, 18}};
        p.setPen(QPen(kInk, 1.6, Qt::DashLine));
        p.setBrush(QColor(kSelect.red(), kSelect.green(), kSelect.blue(), 90));
        p.drawPolygon(corners, 5);
        p.setPen(QPen(kInk, 1));
        p.setBrush(kSelect);
        p.drawEllipse(QPointF(12, 12), 2.5, 2.5);
        break;
    }
    case Icon::FullExtent:
        p.setPen(QPen(kInk, 1.6));
        p.setBrush(QColor(0xd8, 0xe8, 0xd0));
        p.drawEllipse(QPointF(12, 12), 9, 9);
        p.setPen(QPen(kAccent, 1.4));
        p.drawLine(QPointF(3, 12), QPointF(21, 12));
        p.drawEllipse(QPointF(12, 12), 4, 9);
        break;
    case Icon::PreviousExtent:
        drawArrow(p, true);
        break;
    case Icon::NextExtent:
        drawArrow(p, false);
        break;
    case Icon::ZoomToSelection:
        p.setPen(Qt::NoPen);
        p.setBrush(kSelect);
        p.drawRect(QRectF(6, 6, 8, 8));
        drawMagnifier(p);
        break;
    case Icon::ZoomToLayer:
        p.setPen(QPen(kInk, 1.2));
        p.setBrush(QColor(0xb8, 0xd0, 0xf0));
        p.drawPolygon(QPolygonF({{2, 11}, {10, 7}, {18, 11}, {10, 15}}));
        p.setBrush(QColor(0x80, 0xa8, 0xe0));
        p.drawPolygon(QPolygonF({{2, 7}, {10, 3}, {18, 7}, {10, 11}}));
        p.setPen(QPen(kInk, 2.2));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(15, 15), 4.5, 4.5);
        p.setPen(QPen(kInk, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(18.5, 18.5), QPointF(22, 22));
        break;
    case Icon::ClearSelection:
        p.setPen(QPen(kInk, 1.6, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(3, 4, 17, 13));
        p.setPen(QPen(QColor(0xc0, 0x30, 0x30), 2.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(13, 13), QPointF(21, 21));
        p.drawLine(QPointF(21, 13), QPointF(13, 21));
        break;
    case Icon::Bookmark:
        p.setPen(QPen(kInk, 1.2));
        p.setBrush(QColor(0xd0, 0x40, 0x40));
        p.drawPolygon(QPolygonF({{6, 2}, {18, 2}, {18, 22}, {12, 16}, {6, 22}}));
        break;
    }
}

class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(Icon which) : m_which(which) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.35);
        draw(*painter, m_which);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_which); }

private:
    Icon m_which;
};

} // namespace

QIcon icon(Icon which)
{
    return QIcon(new PaintedIconEngine(which));
}

} // namespace uo::map_icons
