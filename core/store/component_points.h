#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <memory>

namespace uo {

class DistrictStore;

// Every component as a compact point, bucketed in square tiles: what the map draws a million
// components from in milliseconds and what identify searches, without touching SQL. Immutable once
// built, so render threads share one through a shared_ptr. A copy is cached inside the store and
// reused while the components layer's change counter (layer_versions) is unchanged.
class ComponentPoints
{
public:
    struct Point
    {
        float x, y;    // metres from origin()
        quint32 id;    // components.id
        quint16 klass; // index into classCodes()
        quint8 major;  // major class number (1-6; 0 for codes outside the standard)
        quint8 state;  // State
    };
    enum State : quint8
    {
        Intact,
        Damaged,
        Missing,
        Occupied,
        Discarded,
        Removed,
        Unknown
    };

    static constexpr double kTileSize = 250.0;

    // The cached copy when it is current, else built from the table (and cached when the store is
    // writable). *fromCache tells which.
    static std::shared_ptr<const ComponentPoints> load(DistrictStore &store, bool *fromCache = nullptr);
    static std::shared_ptr<const ComponentPoints> build(DistrictStore &store);

    qsizetype size() const { return m_points.size(); }
    QPointF origin() const { return m_origin; }
    QRectF extent() const { return m_extent; }
    const QList<QString> &classCodes() const { return m_classes; }
    qint64 version() const { return m_version; }
    static State stateOf(const QString &text);

    // Calls f(const Point &) for the points in the tiles meeting `rect` (map coordinates): a superset of
    // the points inside it, which callers clip as they draw.
    template <typename F> void forEachNear(const QRectF &rect, F &&f) const
    {
        int x0, y0, x1, y1;
        if (!tileRange(rect, &x0, &y0, &x1, &y1))
            return;
        for (int ty = y0; ty <= y1; ++ty) {
            const qsizetype row = qsizetype(ty) * m_tilesX;
            for (qsizetype k = m_tileStart[row + x0]; k < m_tileStart[row + x1 + 1]; ++k)
                f(m_points[k]);
        }
    }
    // Ids of the points within `radius` of p, nearest first.
    QList<quint32> near(QPointF p, double radius, int maxCount = 50) const;

    QByteArray serialize() const;
    static std::shared_ptr<ComponentPoints> deserialize(const QByteArray &data);

private:
    bool tileRange(const QRectF &rect, int *x0, int *y0, int *x1, int *y1) const;

    QPointF m_origin;
    QRectF m_extent;
    int m_tilesX = 0, m_tilesY = 0;
    QList<quint32> m_tileStart; // tilesX * tilesY + 1 offsets into m_points
    QList<Point> m_points;      // sorted by tile, row by row
    QList<QString> m_classes;
    qint64 m_version = -1;
};

} // namespace uo
