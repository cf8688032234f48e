#pragma once

#include <QList>
#include <QPointF>

namespace uo::polyline {

// Linear referencing on a planar polyline, by distance from its first vertex ("measure", metres in a
// projected store CRS). Small and exact enough for road centrelines; GEOS is not needed for it.
double length(const QList<QPointF> &line);
QPointF pointAt(const QList<QPointF> &line, double measure);
// The piece between two measures, clamped to the line, with the line's own vertices in between.
QList<QPointF> substring(const QList<QPointF> &line, double from, double to);
// The measure of the point on the line nearest to p; *distance gets how far p is from the line.
double project(const QList<QPointF> &line, QPointF p, double *distance = nullptr);
// Measures of the line's vertices.
QList<double> vertexMeasures(const QList<QPointF> &line);

} // namespace uo::polyline
