#pragma once

#include "core/basemap/basemaps.h"

#include <QAbstractListModel>
#include <QSet>

namespace uo {

// The district's basemaps under the layer tree, top of the drawing order first: each row checkable
// (drawn on this screen or not), its opacity beside it. Ticking one is the user's own view, like
// zooming: not an undo step and not written to the district. A district opened shows the basemaps it
// marks as shown by default.
class BasemapListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OpacityRole
    };

    explicit BasemapListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The district's basemaps as last read. Those already listed keep the user's tick; new ones come
    // ticked when the district says so.
    void setBasemaps(const QList<Basemap> &basemaps);
    void clear() { setBasemaps({}); }
    // Those ticked, bottom first, as the renderer draws them.
    QList<Basemap> shown() const;
    const Basemap *basemapAt(const QModelIndex &index) const;

signals:
    void shownChanged(const QList<Basemap> &shown);

private:
    QList<Basemap> m_basemaps; // top first
    QSet<qint64> m_shown;
};

} // namespace uo
