#include "gis/render/mark_raster.h"

#include <QPaintEngine>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace uo::render {

namespace {
// x * a / 255 for the four channels of a premultiplied pixel at once, as Qt's own blending does.
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080);
    x &= 0xff00ff00;
    return x | t;
}
} // namespace

bool drawsPixels(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster;
}

QImage discSprite(const QColor &colour, double diameter, const QColor &outline, double outlineWidth)
{
    const int size = int(std::ceil(diameter + std::max(0.0, outlineWidth))) + 2;
    QImage sprite(size, size, QImage::Format_ARGB32_Premultiplied);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(outlineWidth > 0 ? QPen(outline, outlineWidth) : QPen(Qt::NoPen));
    painter.setBrush(colour);
    painter.drawEllipse(QPointF(size / 2.0, size / 2.0), diameter / 2.0, diameter / 2.0);
    return sprite;
}

Sprite::Sprite(const QImage &picture) : image(picture.convertToFormat(QImage::Format_ARGB32_Premultiplied))
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const quint32 *>(image.constScanLine(y));
        int first = 0, end = image.width();
        while (first < end && row[first] == 0)
            ++first;
        while (end > first && row[end - 1] == 0)
            --end;
        spans.append({first, end});
    }
}

void stampSprite(const RasterTarget &target, const Sprite &sprite, int x, int y, int rowBegin, int rowEnd)
{
    const int top = std::max({y, rowBegin, 0});
    const int bottom = std::min({y + sprite.height(), rowEnd, target.height});
    for (int ty = top; ty < bottom; ++ty) {
        const auto [first, end] = sprite.spans[ty - y];
        const int left = std::max(x + first, 0);
        const int right = std::min(x + end, target.width);
        const auto *src = reinterpret_cast<const quint32 *>(sprite.image.constScanLine(ty - y)) + (left - x);
        quint32 *dst = target.row(ty) + left;
        for (int i = 0; i < right - left; ++i) {
            const quint32 s = src[i];
            const quint32 alpha = s >> 24;
            dst[i] = alpha == 255 ? s : s + byteMul(dst[i], 255 - alpha);
        }
    }
}

} // namespace uo::render
