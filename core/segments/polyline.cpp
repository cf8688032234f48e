#include "core/segments/polyline.h"

#include "core/store/geometry_distance.h"

#include <algorithm>
#include <cmath>

namespace uo::polyline {

namespace {
double distance(QPointF a, QPointF b)
{
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}
} // namespace

double length(const QList<QPointF> &line)
{
    double total = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        total += distance(line[i - 1], line[i]);
    return total;
}

QList<double> vertexMeasures(const QList<QPointF> &line)
{
    QList<double> measures;
    measures.reserve(line.size());
    double total = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (i > 0)
            total += distance(line[i - 1], line[i]);
        measures.append(total);
    }
    return measures;
}

QPointF pointAt(const QList<QPointF> &line, double measure)
{
    if (line.isEmpty())
        return QPointF();
    double walked = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const double step = distance(line[i - 1], line[i]);
        if (walked + step >= measure && step > 0) {
            const double t = std::clamp((measure - walked) / step, 0.0, 1.0);
            return line[i - 1] + (line[i] - line[i - 1]) * t;
        }
        walked += step;
    }
    return measure <= 0 ? line.first() : line.last();
}

QList<QPointF> substring(const QList<QPointF> &line, double from, double to)
{
    if (line.size() < 2 || to < from)
        return {};
    const QList<double> measures = vertexMeasures(line);
    from = std::clamp(from, 0.0, measures.last());
    to = std::clamp(to, 0.0, measures.last());
    QList<QPointF> out{pointAt(line, from)};
    for (qsizetype i = 0; i < line.size(); ++i)
        if (measures[i] > from && measures[i] < to)
            out.append(line[i]);
    out.append(pointAt(line, to));
    return out;
}

double project(const QList<QPointF> &line, QPointF p, double *distanceOut)
{
    double best = INFINITY, bestMeasure = 0, walked = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        const QPointF ab = b - a;
        const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
        const double t = geometry_distance::segmentFraction(p, a, b);
        const double d = distance(p, a + ab * t);
        if (d < best) {
            best = d;
            bestMeasure = walked + t * std::sqrt(len2);
        }
        walked += std::sqrt(len2);
    }
    if (distanceOut)
        *distanceOut = line.size() < 2 ? distance(p, line.value(0)) : best;
    return bestMeasure;
}

} // namespace uo::polyline
