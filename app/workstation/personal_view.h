#pragma once

#include "gis/render/layer_style.h"

#include <QByteArray>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

namespace uo {

class DistrictStore;

// What one user sees of one district, kept in the user's own settings and never in the district:
// which layers are shown and in what order, the extent last shown and the spatial bookmarks. Choosing
// them is no edit: nothing is written to the district, audited or put on the undo stack, and another
// workstation's map does not change. The district's shared style (colours, sizes, scales, the default
// layers and order) changes only through the style dialog.
//
// The view is keyed by the district's identity, the id its store was given when it was made (see
// DistrictStore::storeId), so that it follows the district when the file is moved or copied and two
// districts never share one.
// Each call reads or writes the settings at once: several owners (the layer tree, the bookmarks, the
// map) each keep their own PersonalView of the same district.
class PersonalView
{
public:
    PersonalView() = default; // of no district: keeps nothing
    explicit PersonalView(const DistrictStore &store);

    static QString identity(const DistrictStore &store);
    // Forgets every district's personal view: a district then opens as its own style shows it, at
    // its full extent (tests that open one district in several windows start so).
    static void forgetAll();
    bool isValid() const { return !m_group.isEmpty(); }

    // Layers the user showed or hid, and the order they put them in (bottom first; empty: the district's).
    QHash<QString, bool> layerVisibility() const;
    void setLayerVisible(const QString &table, bool visible);
    QStringList layerOrder() const;
    void setLayerOrder(const QStringList &bottomFirst);
    // Forgets both: the layers show as the district's style has them.
    void clearLayers();
    // The district's style as this user sees it: their choices of visibility and order over it.
    DistrictStyle applyTo(const DistrictStyle &shared) const;
    // `personal` (bottom first) over `shared`: the layers `personal` names in its order, the others
    // where the shared order puts them (above the layer below them there).
    static QStringList mergeOrder(const QStringList &shared, const QStringList &personal);

    std::optional<QRectF> extent() const;
    void setExtent(const QRectF &extent);

    // The bookmarks as BookmarkModel keeps them (JSON); none before the user first has some.
    std::optional<QByteArray> bookmarks() const;
    void setBookmarks(const QByteArray &json);

private:
    QString key(const char *name) const;

    QString m_group;
};

} // namespace uo
