#include "gis/report_layout/map_frame.h"

#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_viewport.h"
#include "gis/render/mark_raster.h"
#include "gis/render/pixel_geometry.h"
#include "gis/report_layout/page_setup.h"
#include "gis/report_layout/report_style.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace uo::report {

namespace {
constexpr double kScreenDpi = 96.0;
constexpr double kMetresPerInch = 0.0254;
constexpr double kPixelsPerPoint = kScreenDpi / kPointsPerInch;
// Finer than the eye sees on paper, and an A2 picture at this is still under 100 MB of pixels.
constexpr int kMaxPictureDpi = 300;
double niceAtLeast(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    // Steps close enough that a map is never more than a quarter smaller than its frame allows: with
    // 1, 2, 5 alone, a segment a little over a kilometre would be half the size it could be.
    for (const double step : {1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 10.0})
        if (step * power >= value * (1 - 1e-9))
            return step * power;
    return 10 * power;
}

// A label on a white box, so that it reads over any part of the map.
void boxedText(QPainter &painter, const QPointF &anchor, Qt::Alignment align, const QString &text)
{
    const QFontMetricsF metrics(painter.font());
    const QSizeF size(metrics.horizontalAdvance(text) + 3, metrics.height());
    QPointF topLeft = anchor;
    if (align & Qt::AlignRight)
        topLeft.rx() -= size.width();
    else if (align & Qt::AlignHCenter)
        topLeft.rx() -= size.width() / 2;
    if (align & Qt::AlignBottom)
        topLeft.ry() -= size.height();
    else if (align & Qt::AlignVCenter)
        topLeft.ry() -= size.height() / 2;
    const QRectF box(topLeft, size);
    painter.fillRect(box, QColor(255, 255, 255, 220));
    painter.drawText(box, Qt::AlignCenter, text);
}
} // namespace

double MapFrame::metresPerPoint(double scale)
{
    return scale * kMetresPerInch / kPointsPerInch;
}

MapViewport MapFrame::viewport(const MapFrameSpec &spec, const QSizeF &frame, double devicePixelRatio)
{
    const QSize pixels(std::max(1, int(std::lround(frame.width() * kPixelsPerPoint))),
                       std::max(1, int(std::lround(frame.height() * kPixelsPerPoint))));
    MapViewport view(spec.centre, spec.scale * kMetresPerInch / kScreenDpi, pixels, devicePixelRatio);
    return view;
}

double MapFrame::fitScale(const QRectF &mapRect, const QSizeF &frame, double margin)
{
    const double w = std::max(mapRect.width(), 1.0) * (1 + 2 * margin);
    const double h = std::max(mapRect.height(), 1.0) * (1 + 2 * margin);
    const double needed = std::max(w / frame.width(), h / frame.height()) / metresPerPoint(1.0);
    return niceAtLeast(std::max(needed, 100.0));
}

double MapFrame::roundLength(double atMost)
{
    const double power = std::pow(10.0, std::floor(std::log10(atMost)));
    for (const double step : {5.0, 2.0, 1.0})
        if (step * power <= atMost * (1 + 1e-9))
            return step * power;
    return power;
}

QString MapFrame::scaleText(double scale)
{
    return tr("1:%1").arg(QLocale().toString(qint64(std::llround(scale))));
}

QColor MapFrame::highlightColour()
{
    return QColor(0xd0, 0x10, 0x60);
}

QString MapFrame::lengthText(double metres)
{
    if (metres >= 1000)
        return tr("%1 km").arg(QLocale().toString(metres / 1000, 'g', 4));
    return tr("%1 m").arg(QLocale().toString(metres, 'g', 4));
}

void MapFrame::paint(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec)
{
    painter.save();
    painter.setClipRect(frame, Qt::IntersectClip);
    painter.save();
    paintMap(painter, frame, spec);
    painter.restore();
    paintHighlights(painter, frame, spec);
    if (spec.grid)
        paintGrid(painter, frame, spec);
    paintScaleBar(painter, frame, spec);
    paintNorthArrow(painter, frame);
    painter.restore();
    painter.setPen(QPen(style::ink(), 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
}

void MapFrame::paintMap(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec)
{
    if (!spec.snapshot)
        return;
    MapRenderer renderer(spec.snapshot);
    if (spec.style)
        renderer.setStyle(*spec.style);
    if (!spec.layers.isEmpty())
        renderer.setVisibleLayers(spec.layers);
    else if (spec.style)
        renderer.setVisibleLayers(spec.style->visibleLayers());
    renderer.setBasemaps(spec.basemaps, spec.basemapNetwork);
    // The device's dots per 96-dpi map pixel: an image gets the map at its own resolution.
    const double ratio = painter.deviceTransform().m11() / kPixelsPerPoint;
    if (render::drawsPixels(painter)) {
        // Into an image at the page's resolution in two threads, then onto the page unscaled. Below the
        // screen's resolution (a preview) the map is drawn at the screen's and scaled down: the renderer
        // draws one mark per screen pixel and no picture has fewer pixels than that.
        const QImage image = renderer.renderImage(viewport(spec, frame.size(), std::max(ratio, 1.0)));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, ratio < 1.0);
        painter.drawImage(frame, image);
        return;
    }
    // A PDF: the renderer's own vector drawing, areas, lines and names as paths and text. Only what
    // is a picture by nature goes in as one: basemaps, the components' density surface, and component
    // marks too many to be drawing operations each (the renderer decides), at the PDF's resolution up
    // to 300 dpi.
    painter.translate(frame.topLeft());
    painter.scale(1 / kPixelsPerPoint, 1 / kPixelsPerPoint);
    renderer.render(painter,
                    viewport(spec, frame.size(), std::clamp(ratio, 1.0, kMaxPictureDpi / kScreenDpi)));
}

void MapFrame::paintHighlights(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec)
{
    if (spec.highlights.isEmpty())
        return;
    painter.save();
    painter.translate(frame.topLeft());
    painter.scale(1 / kPixelsPerPoint, 1 / kPixelsPerPoint);
    const MapViewport view = viewport(spec, frame.size());
    painter.setBrush(Qt::NoBrush);
    for (const QColor &colour : {QColor(255, 255, 255, 200), highlightColour()}) {
        const bool halo = colour.alpha() < 255;
        painter.setPen(QPen(colour, halo ? 7.0 : 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const Geometry &geometry : spec.highlights)
            for (const QPolygonF &line : render::linePaths(view, geometry))
                painter.drawPolyline(line);
    }
    painter.restore();
}

void MapFrame::paintGrid(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec)
{
    const double perPoint = metresPerPoint(spec.scale);
    const QRectF shown(spec.centre.x() - frame.width() / 2 * perPoint,
                       spec.centre.y() - frame.height() / 2 * perPoint, frame.width() * perPoint,
                       frame.height() * perPoint);
    const double step = roundLength(shown.width() / 4);
    auto toX = [&](double x) { return frame.left() + (x - shown.left()) / perPoint; };
    auto toY = [&](double y) { return frame.top() + (shown.bottom() - y) / perPoint; };
    painter.save();
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30, 150), 0.4, Qt::DashLine));
    painter.setFont(style::font(style::kSmallPoints - 1));
    const QLocale locale;
    for (double x = std::ceil(shown.left() / step) * step; x < shown.right(); x += step) {
        painter.drawLine(QPointF(toX(x), frame.top()), QPointF(toX(x), frame.bottom()));
        boxedText(painter, QPointF(toX(x), frame.top() + 1), Qt::AlignHCenter | Qt::AlignTop,
                  locale.toString(qint64(std::llround(x))));
    }
    for (double y = std::ceil(shown.top() / step) * step; y < shown.bottom(); y += step) {
        painter.drawLine(QPointF(frame.left(), toY(y)), QPointF(frame.right(), toY(y)));
        boxedText(painter, QPointF(frame.left() + 1, toY(y)), Qt::AlignLeft | Qt::AlignVCenter,
                  locale.toString(qint64(std::llround(y))));
    }
    painter.restore();
}

void MapFrame::paintScaleBar(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec)
{
    // A quarter of the frame at most, in four alternating parts, labelled at both ends and the middle.
    const double perPoint = metresPerPoint(spec.scale);
    const double length = roundLength(frame.width() / 4 * perPoint);
    const double width = length / perPoint;
    const double barHeight = 4.0;
    painter.save();
    painter.setFont(style::font(style::kSmallPoints));
    const QFontMetricsF metrics(painter.font());
    const QRectF box(frame.left() + 6, frame.bottom() - 6 - barHeight - 2 * metrics.height() - 6,
                     width + 2 * 12, barHeight + 2 * metrics.height() + 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRect(box);
    const QPointF origin(box.left() + 12, box.top() + metrics.height() + 2);
    painter.setPen(QPen(style::ink(), 0.5));
    for (int i = 0; i < 4; ++i) {
        painter.setBrush(i % 2 == 0 ? style::ink() : QColor(Qt::white));
        painter.drawRect(QRectF(origin.x() + i * width / 4, origin.y(), width / 4, barHeight));
    }
    painter.setPen(style::ink());
    const auto label = [&](double x, const QString &text) {
        const double w = metrics.horizontalAdvance(text);
        painter.drawText(QPointF(x - w / 2, origin.y() - 2), text);
    };
    label(origin.x(), QStringLiteral("0"));
    label(origin.x() + width / 2, lengthText(length / 2));
    label(origin.x() + width, lengthText(length));
    const QString ratio = scaleText(spec.scale);
    painter.drawText(QPointF(box.left() + (box.width() - metrics.horizontalAdvance(ratio)) / 2,
                             origin.y() + barHeight + metrics.ascent() + 2),
                     ratio);
    painter.restore();
}

void MapFrame::paintNorthArrow(QPainter &painter, const QRectF &frame)
{
    // Grid north: the store CRS is a transverse Mercator whose grid is within a degree of true north
    // anywhere in a district.
    const double h = 20.0, w = 11.0;
    const QPointF tip(frame.right() - 24, frame.top() + 21);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawEllipse(QPointF(tip.x(), tip.y() + h / 2 - 5), 18, 18);
    QPainterPath left, right;
    left.moveTo(tip);
    left.lineTo(tip.x() - w / 2, tip.y() + h);
    left.lineTo(tip.x(), tip.y() + h * 0.75);
    left.closeSubpath();
    right.moveTo(tip);
    right.lineTo(tip.x() + w / 2, tip.y() + h);
    right.lineTo(tip.x(), tip.y() + h * 0.75);
    right.closeSubpath();
    painter.setPen(QPen(style::ink(), 0.6));
    painter.setBrush(style::ink());
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    painter.setFont(style::font(style::kTextPoints, true));
    painter.setPen(style::ink());
    painter.drawText(QRectF(tip.x() - 10, tip.y() - 13, 20, 12), Qt::AlignCenter, tr("N"));
    painter.restore();
}

} // namespace uo::report
