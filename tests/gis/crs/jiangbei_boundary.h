#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointF>

// Jiangbei's administrative boundary as shipped in data/ (GCJ-02 lon/lat, as published by AMap), read
// straight from the file so that the tests do not depend on the demo's own loader.
inline QList<QPointF> boundaryGcj02()
{
    QFile file(QStringLiteral(URBANOPS_SOURCE_DIR "/data/jiangbei/boundary-gcj02.geojson"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QPointF> points;
    const QJsonArray ring = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("coordinates"))
                                .toArray()
                                .at(0)
                                .toArray();
    for (const QJsonValue &v : ring)
        points.append(QPointF(v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble()));
    return points;
}
