#include "gis/render/label_placer.h"
#include "gis/render/map_style.h"
#include "gis/render/mark_raster.h"
#include "gis/render/pixel_geometry.h"
#include "gis/render/render_context.h"

#include <QCache>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace uo::render {

namespace {

// Liang-Barsky: the part [*t0, *t1] of segment a-b inside `rect`; false when none is.
bool clipSegment(QPointF a, QPointF b, const QRectF &rect, double *t0, double *t1)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                         rect.bottom() - a.y()};
    *t0 = 0.0;
    *t1 = 1.0;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            *t0 = std::max(*t0, t);
        else
            *t1 = std::min(*t1, t);
    }
    return *t0 < *t1;
}

// The stretches of a polyline that lie inside `rect`, each continuous.
QList<QPolygonF> visibleRuns(const QPolygonF &line, const QRectF &rect)
{
    QList<QPolygonF> runs;
    QPolygonF run;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        double t0 = 0, t1 = 1;
        if (!clipSegment(a, b, rect, &t0, &t1)) {
            if (run.size() >= 2)
                runs.append(run);
            run.clear();
            continue;
        }
        if (run.isEmpty() || t0 > 0.0) {
            if (run.size() >= 2)
                runs.append(run);
            run = {a + (b - a) * t0};
        }
        run.append(a + (b - a) * t1);
        if (t1 < 1.0) {
            runs.append(run);
            run.clear();
        }
    }
    if (run.size() >= 2)
        runs.append(run);
    return runs;
}

double runLength(const QPolygonF &run)
{
    double length = 0;
    for (qsizetype i = 1; i < run.size(); ++i)
        length += QLineF(run[i - 1], run[i]).length();
    return length;
}

// The point at `distance` along the run and the run's direction there, as a unit vector.
std::pair<QPointF, QPointF> pointAlong(const QPolygonF &run, double distance)
{
    for (qsizetype i = 1; i < run.size(); ++i) {
        const QLineF piece(run[i - 1], run[i]);
        const double length = piece.length();
        if (length <= 0.0)
            continue;
        if (distance <= length || i + 1 == run.size()) {
            const QPointF along = (piece.p2() - piece.p1()) / length;
            return {piece.pointAt(std::min(1.0, distance / length)), along};
        }
        distance -= length;
    }
    return {run.first(), QPointF(1, 0)};
}

constexpr double kHaloPixels = 1.5;

struct LabelStyle
{
    QFont font;
    QColor colour;
    double offset; // across the line, in pixels: 0 centres the name on the line
};

// The room a name takes with its halo, in pixels.
QSizeF labelSize(const QString &text, const LabelStyle &style)
{
    const QFontMetricsF metrics(style.font);
    return {metrics.horizontalAdvance(text) + 2 * kHaloPixels + 2, metrics.height() + 2 * kHaloPixels};
}

// A name drawn upright with its halo, once: names are few and the same from one picture to the next,
// and a name turned to follow its road is then one picture copied. Each render thread keeps its own, so
// that no thread waits for another.
QImage labelImage(const QString &text, const LabelStyle &style, double ratio)
{
    thread_local QCache<QString, QImage> cache(16 << 20); // bytes of pixels
    const QString key = text + QChar(0x1f) + QString::number(style.font.pixelSize()) + QChar(0x1f) +
                        QString::number(style.font.letterSpacing()) + QChar(0x1f) +
                        QString::number(style.colour.rgba(), 16) + QChar(0x1f) + QString::number(ratio);
    if (const QImage *cached = cache.object(key))
        return *cached;
    const QFontMetricsF metrics(style.font);
    const QSizeF size = labelSize(text, style);
    QImage image((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(ratio);
    const QPointF baseline(kHaloPixels + 1, kHaloPixels + metrics.ascent());
    QPainter painter(&image);
    painter.setFont(style.font);
    // The halo is the text drawn around itself: the glyphs come from the font cache, where outlining
    // them as paths would cost a few milliseconds a name.
    painter.setPen(map_style::labelHalo());
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy)
            if (dx != 0 || dy != 0)
                painter.drawText(baseline + QPointF(dx, dy) * kHaloPixels, text);
    painter.setPen(style.colour);
    painter.drawText(baseline, text);
    painter.end();
    cache.insert(key, new QImage(image), int(std::min<qsizetype>(image.sizeInBytes(), 1 << 24)));
    return image;
}

// A name as text, centred on the origin, for a vector device (a PDF): it stays sharp at any zoom and a
// reader can select, copy and search it. The halo is the outline of the glyphs stroked wide under the
// text — a path, so that the name is in the page's text once, not nine times.
void drawTextLabel(QPainter &painter, const QString &text, const LabelStyle &style, QSizeF size)
{
    const QFontMetricsF metrics(style.font);
    const QPointF baseline(-size.width() / 2.0 + kHaloPixels + 1,
                           -size.height() / 2.0 + kHaloPixels + metrics.ascent());
    QPainterPath outline;
    outline.addText(baseline, style.font, text);
    painter.strokePath(
        outline, QPen(map_style::labelHalo(), 2 * kHaloPixels, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setFont(style.font);
    painter.setPen(style.colour);
    painter.drawText(baseline, text);
}

// Tries the name at a few places along the line's longest visible stretch, the middle first; draws it
// where it first fits: as a cached picture on a raster device (the screen's speed), as text on any other.
bool labelLine(QPainter &painter, LabelPlacer &placer, const QList<QPolygonF> &lines, const QRectF &picture,
               const QString &text, const LabelStyle &style, double ratio, bool asText)
{
    QPolygonF longest;
    double longestLength = 0;
    for (const QPolygonF &line : lines)
        for (const QPolygonF &run : visibleRuns(line, picture)) {
            const double length = runLength(run);
            if (length > longestLength) {
                longest = run;
                longestLength = length;
            }
        }
    if (longestLength <= 0.0)
        return false;
    // The picture is measured from the cache: no font metrics per name on screen.
    const QImage image = asText ? QImage() : labelImage(text, style, ratio);
    const QSizeF size =
        asText ? labelSize(text, style) : QSizeF(image.width() / ratio, image.height() / ratio);
    const double width = size.width(), height = size.height();
    // A name longer than the road it names would float beside it.
    if (longestLength < width)
        return false;
    for (const double at : {0.5, 0.3, 0.7, 0.15, 0.85}) {
        auto [centre, along] = pointAlong(longest, longestLength * at);
        // Upright: never upside down, whichever way the line was drawn.
        if (along.x() < 0 || (along.x() == 0 && along.y() > 0))
            along = -along;
        const QPointF across(along.y(), -along.x()); // towards the top of the text
        centre += across * style.offset;
        // Room of half a line's height at each end: two names end to end would read as one.
        if (!placer.place(LabelBox::around(centre, along, width + height, height)))
            continue;
        painter.save();
        painter.translate(centre);
        painter.rotate(std::atan2(along.y(), along.x()) * 180.0 / std::numbers::pi);
        if (asText)
            drawTextLabel(painter, text, style, size);
        else
            painter.drawImage(QPointF(-width / 2.0, -height / 2.0), image);
        painter.restore();
        return true;
    }
    return false;
}

// Where an area's name goes: on a horizontal through its part in view (the middle first, then a little
// above and below), in the middle of the widest stretch of it there. Draws the name
// upright where it first fits.
bool labelArea(QPainter &painter, LabelPlacer &placer, const QPainterPath &area, const QRectF &picture,
               const QString &text, const LabelStyle &style, double ratio, bool asText)
{
    const QRectF shown = area.boundingRect() & picture;
    if (shown.isEmpty())
        return false;
    const QImage image = asText ? QImage() : labelImage(text, style, ratio);
    const QSizeF size =
        asText ? labelSize(text, style) : QSizeF(image.width() / ratio, image.height() / ratio);
    const QList<QPolygonF> rings = area.toSubpathPolygons();
    for (const double at : {0.5, 0.4, 0.6, 0.3, 0.7}) {
        const double y = shown.top() + shown.height() * at;
        // Where the rings cross the horizontal: inside between every other crossing.
        QList<double> xs;
        for (const QPolygonF &ring : rings)
            for (qsizetype i = 1; i < ring.size(); ++i) {
                const QPointF a = ring[i - 1], b = ring[i];
                if ((a.y() <= y) != (b.y() <= y))
                    xs.append(a.x() + (y - a.y()) / (b.y() - a.y()) * (b.x() - a.x()));
            }
        std::sort(xs.begin(), xs.end());
        double bestLeft = 0, bestWidth = 0;
        for (qsizetype i = 0; i + 1 < xs.size(); i += 2) {
            const double left = std::max(xs[i], picture.left()), right = std::min(xs[i + 1], picture.right());
            if (right - left > bestWidth) {
                bestLeft = left;
                bestWidth = right - left;
            }
        }
        // A name wider than its area would seem to name the next one.
        if (bestWidth < size.width())
            continue;
        const QPointF centre(bestLeft + bestWidth / 2.0, y);
        if (!placer.place(
                LabelBox::around(centre, QPointF(1, 0), size.width() + size.height(), size.height())))
            continue;
        if (asText) {
            painter.save();
            painter.translate(centre);
            drawTextLabel(painter, text, style, size);
            painter.restore();
        } else {
            painter.drawImage(centre - QPointF(size.width() / 2.0, size.height() / 2.0), image);
        }
        return true;
    }
    return false;
}

QFont labelFont(double pixels, bool asText)
{
    QFont font;
    font.setPixelSize(int(pixels));
    if (asText) {
        // Figures and Latin in DejaVu Sans, Chinese in Noto Sans CJK SC (Debian's fonts-noto-cjk), as the
        // reports' own text: Qt's PDF writer loses Noto's figures from the text a reader copies.
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
        // The page transform scales the outlines; hinting would fit them to a grid that is not the page's.
        font.setHintingPreference(QFont::PreferNoHinting);
    }
    return font;
}

} // namespace

void paintLabels(RenderContext &ctx, const LabelledLayers &layers)
{
    const double perPixel = ctx.viewport.mapUnitsPerPixel();
    const bool roads = layers.roads && perPixel <= map_style::kRoadLabelMaxMapUnitsPerPixel;
    const bool minorRoads = roads && perPixel <= map_style::kMinorRoadLabelMaxMapUnitsPerPixel;
    const bool segments = layers.segments && perPixel <= map_style::kSegmentLabelMaxMapUnitsPerPixel;
    const bool streets = layers.streets && perPixel <= map_style::kStreetLabelMaxMapUnitsPerPixel &&
                         perPixel >= map_style::kStreetLabelMinMapUnitsPerPixel;
    // Text needs the fonts of a GUI application; a console tool drawing maps goes without names.
    if ((!roads && !segments && !streets) || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    QPainter &p = ctx.painter;
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const double ratio = ctx.viewport.devicePixelRatio();
    // A PDF or a printer gets names as text; an image, the screen's pictures of them.
    const bool asText = !drawsPixels(p);
    const QRectF picture(QPointF(0, 0), QSizeF(ctx.viewport.size()));
    LabelPlacer placer(picture);
    if (layers.clearOfRisks && perPixel <= map_style::kRiskClearOfNamesMaxMapUnitsPerPixel)
        if (const LayerFeatures *risks = ctx.snapshot.layer(tableOf(Layer::RiskPoints))) {
            // A risk point matters more than a name: the names go round them.
            const double radius =
                map_style::riskRadiusPixels(perPixel) * ctx.style(Layer::RiskPoints).sizeFactor + 1.0;
            risks->forEachIn(ctx.queryRect(radius), [&](const MapFeature &risk) {
                const QPointF centre = ctx.viewport.toPixel(risk.bounds.center());
                placer.keepClear(QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
            });
        }
    QSet<QString> roadNames;
    if (roads) {
        const LabelStyle style{labelFont(map_style::roadLabelPixels(), asText), map_style::roadLabelColour(),
                               0.0};
        QList<const MapFeature *> visible;
        if (const LayerFeatures *layer = ctx.snapshot.layer(tableOf(Layer::Roads)))
            layer->forEachIn(ctx.queryRect(0.0), [&](const MapFeature &feature) {
                // Farther out only the trunk and main roads are named: the network a district is read by.
                if (minorRoads || feature.kind == QLatin1String("trunk") ||
                    feature.kind == QLatin1String("main"))
                    visible.append(&feature);
            });
        // Major roads first: where names compete for room, theirs win.
        for (auto it = visible.crbegin(); it != visible.crend() && !ctx.isCancelled(); ++it)
            if (!(*it)->label.isEmpty() && labelLine(p, placer, linePaths(ctx.viewport, (*it)->geometry),
                                                     picture, (*it)->label, style, ratio, asText))
                roadNames.insert((*it)->label);
    }
    if (streets && !ctx.isCancelled()) {
        QFont font = labelFont(map_style::streetLabelPixels(), asText);
        // Spaced out, as an area's name is: it names a stretch of the map, not a line.
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
        const LabelStyle style{font, map_style::streetLabelColour(), 0.0};
        if (const LayerFeatures *layer = ctx.snapshot.layer(tableOf(Layer::Streets)))
            layer->forEachIn(ctx.queryRect(0.0), [&](const MapFeature &feature) {
                if (!feature.label.isEmpty())
                    labelArea(p, placer, areaPath(ctx.viewport, feature.geometry, picture), picture,
                              feature.label, style, ratio, asText);
            });
    }
    if (segments && !ctx.isCancelled()) {
        const QFont font = labelFont(map_style::segmentLabelPixels(), asText);
        // On the line like its road's name, never beside it: a name over another reads as one name in
        // two lines. Where the road's name lies, the segment's goes farther along.
        const LabelStyle style{font, ctx.style(Layer::RoadSegments).colour, 0.0};
        if (const LayerFeatures *layer = ctx.snapshot.layer(tableOf(Layer::RoadSegments)))
            layer->forEachIn(ctx.queryRect(0.0), [&](const MapFeature &feature) {
                // A road of one segment is named once.
                if (!feature.label.isEmpty() && !roadNames.contains(feature.label))
                    labelLine(p, placer, linePaths(ctx.viewport, feature.geometry), picture, feature.label,
                              style, ratio, asText);
            });
    }
    ctx.stats.labels += placer.count();
}

} // namespace uo::render
