#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QRgb>
#include <utility>

class QPainter;

namespace uo::render {

// Many small symbols composited straight into a premultiplied ARGB image, which is then drawn with a
// single QPainter call. Tens of thousands of dots cost a QPainter call each, far more than copying
// their few pixels; the look is the same because each symbol is drawn by QPainter once, as a sprite.

// Whether the painter draws into pixels (an image, a widget's backing store), where sprites look the
// same as what they stand for, rather than onto a vector device such as a PDF, where they would not.
bool drawsPixels(const QPainter &painter);

// A symbol drawn once, ready to be copied: its premultiplied pixels and, per row, the span that is
// not transparent, so that copies skip the empty corners of a round symbol.
struct Sprite
{
    explicit Sprite(const QImage &image = QImage());
    int width() const { return image.width(); }
    int height() const { return image.height(); }

    QImage image;                     // Format_ARGB32_Premultiplied
    QList<std::pair<int, int>> spans; // per row: first column and one past the last
};

// A filled, antialiased disc of `diameter` device pixels centred in a transparent square, with an
// outline of `outlineWidth` device pixels when that is above 0.
QImage discSprite(const QColor &colour, double diameter, const QColor &outline = QColor(),
                  double outlineWidth = 0);

// The pixels of a Format_ARGB32_Premultiplied image, taken once before threads share it: QImage's
// own accessors may detach, which is not safe from two threads at once.
struct RasterTarget
{
    explicit RasterTarget(QImage &image)
        : bits(image.bits()), stride(image.bytesPerLine()), width(image.width()), height(image.height())
    {
    }
    quint32 *row(int y) const { return reinterpret_cast<quint32 *>(bits + y * stride); }

    uchar *bits;
    qsizetype stride;
    int width, height;
};

// Source-over of a premultiplied sprite with its top-left at (x, y) of the target, leaving out every
// row outside [rowBegin, rowEnd): threads stamp into disjoint bands of one image.
void stampSprite(const RasterTarget &target, const Sprite &sprite, int x, int y, int rowBegin, int rowEnd);

// Where a sprite goes so that its centre lies on the centre of logical pixel `pixel`.
inline QPoint spriteTopLeft(QPoint pixel, double devicePixelRatio, int spriteSize)
{
    const double half = spriteSize / 2.0;
    return QPoint(qRound((pixel.x() + 0.5) * devicePixelRatio - half),
                  qRound((pixel.y() + 0.5) * devicePixelRatio - half));
}

} // namespace uo::render
