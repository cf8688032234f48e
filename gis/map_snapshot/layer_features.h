#pragma once

#include "gis/map_snapshot/map_feature.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>
#include <memory>

namespace uo {

class DistrictStore;
struct LayerInfo;

// Every feature of one map layer (components excepted: see ComponentPoints), in drawing order, with
// the layer's change counter at the time it was read. Immutable once loaded, so render threads share
// it through a shared_ptr without locks.
class LayerFeatures
{
public:
    // Reads the layer's features with a geometry. `version` is the layer_versions value read before
    // the features, so that a change made meanwhile leaves the copy looking stale rather than current.
    static std::shared_ptr<const LayerFeatures> load(DistrictStore &store, const LayerInfo &layer,
                                                     qint64 version);

    const QString &table() const { return m_table; }
    qint64 version() const { return m_version; }
    const QList<MapFeature> &features() const { return m_features; }
    qsizetype size() const { return m_features.size(); }
    // Bounds of every feature; null when the layer is empty.
    QRectF extent() const { return m_extent; }
    const MapFeature *find(qint64 id) const;

    // Calls f(const MapFeature &) for every feature whose bounds meet `rect`, in drawing order, and
    // returns how many there were. A layer holds at most some ten thousand features: a scan of their
    // bounds takes microseconds, less than keeping a tree would save.
    template <typename F> qint64 forEachIn(const QRectF &rect, F &&f) const
    {
        qint64 n = 0;
        for (const MapFeature &feature : m_features)
            if (meets(feature.bounds, rect)) {
                f(feature);
                ++n;
            }
        return n;
    }

    // Unlike QRectF::intersects, also true for the zero-size bounds of a point or a straight line.
    static bool meets(const QRectF &a, const QRectF &b)
    {
        return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() &&
               b.top() <= a.bottom();
    }

private:
    QString m_table;
    qint64 m_version = -1;
    QList<MapFeature> m_features;
    QHash<qint64, qsizetype> m_index; // id -> position in m_features
    QRectF m_extent;
};

} // namespace uo
