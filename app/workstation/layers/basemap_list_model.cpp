#include "app/workstation/layers/basemap_list_model.h"

#include <QLocale>
#include <algorithm>

namespace uo {

BasemapListModel::BasemapListModel(QObject *parent) : QAbstractListModel(parent) {}

int BasemapListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_basemaps.size());
}

QVariant BasemapListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Basemap &basemap = m_basemaps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2%)").arg(basemap.name, QLocale().toString(qRound(basemap.opacity * 100)));
    case Qt::ToolTipRole:
        return tr("%1\n%2: %3\nOpacity %4%")
            .arg(basemap.name, Basemaps::kindName(basemap.kind), basemap.source,
                 QLocale().toString(qRound(basemap.opacity * 100)));
    case Qt::CheckStateRole:
        return m_shown.contains(basemap.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return basemap.id;
    case OpacityRole:
        return basemap.opacity;
    default:
        return {};
    }
}

Qt::ItemFlags BasemapListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

bool BasemapListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_basemaps.at(index.row()).id;
    const bool show = value.value<Qt::CheckState>() == Qt::Checked;
    if (show == m_shown.contains(id))
        return true;
    if (show)
        m_shown.insert(id);
    else
        m_shown.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit shownChanged(shown());
    return true;
}

void BasemapListModel::setBasemaps(const QList<Basemap> &basemaps)
{
    QSet<qint64> shownIds;
    for (const Basemap &basemap : basemaps) {
        const bool known = std::any_of(m_basemaps.cbegin(), m_basemaps.cend(),
                                       [&](const Basemap &b) { return b.id == basemap.id; });
        if (known ? m_shown.contains(basemap.id) : basemap.visibleByDefault)
            shownIds.insert(basemap.id);
    }
    QList<Basemap> topFirst(basemaps.crbegin(), basemaps.crend());
    if (topFirst == m_basemaps && shownIds == m_shown)
        return;
    beginResetModel();
    m_basemaps = topFirst;
    m_shown = shownIds;
    endResetModel();
    emit shownChanged(shown());
}

QList<Basemap> BasemapListModel::shown() const
{
    QList<Basemap> bottomFirst;
    for (auto it = m_basemaps.crbegin(); it != m_basemaps.crend(); ++it)
        if (m_shown.contains(it->id))
            bottomFirst.append(*it);
    return bottomFirst;
}

const Basemap *BasemapListModel::basemapAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_basemaps.size())
        return nullptr;
    return &m_basemaps.at(index.row());
}

} // namespace uo
