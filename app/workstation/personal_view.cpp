#include "app/workstation/personal_view.h"

#include "core/store/district_store.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QVariantMap>

namespace uo {

PersonalView::PersonalView(const DistrictStore &store)
    : m_group(QStringLiteral("districts/") + identity(store) + QLatin1Char('/'))
{
}

QString PersonalView::identity(const DistrictStore &store)
{
    // The store's own id; a store made before it had one by the moment it was made, and one without
    // even that (written by another program) by where it is.
    QString which = store.storeId();
    if (which.isEmpty())
        which = store.created().isValid() ? store.created().toString(Qt::ISODate) : store.path();
    const QByteArray hash = QCryptographicHash::hash(
        (store.settings().countyCode + QLatin1Char('|') + which).toUtf8(), QCryptographicHash::Sha1);
    return store.settings().countyCode + QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(16));
}

void PersonalView::forgetAll()
{
    QSettings().remove(QStringLiteral("districts"));
}

QString PersonalView::key(const char *name) const
{
    return m_group + QLatin1String(name);
}

QHash<QString, bool> PersonalView::layerVisibility() const
{
    QHash<QString, bool> visibility;
    if (!isValid())
        return visibility;
    const QVariantMap stored = QSettings().value(key("layers/visible")).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        visibility.insert(it.key(), it.value().toBool());
    return visibility;
}

void PersonalView::setLayerVisible(const QString &table, bool visible)
{
    if (!isValid())
        return;
    QSettings settings;
    QVariantMap stored = settings.value(key("layers/visible")).toMap();
    stored.insert(table, visible);
    settings.setValue(key("layers/visible"), stored);
}

QStringList PersonalView::layerOrder() const
{
    return isValid() ? QSettings().value(key("layers/order")).toStringList() : QStringList();
}

void PersonalView::setLayerOrder(const QStringList &bottomFirst)
{
    if (isValid())
        QSettings().setValue(key("layers/order"), bottomFirst);
}

void PersonalView::clearLayers()
{
    if (!isValid())
        return;
    QSettings settings;
    settings.remove(key("layers"));
}

QStringList PersonalView::mergeOrder(const QStringList &shared, const QStringList &personal)
{
    QStringList order;
    for (const QString &table : personal)
        if (shared.contains(table) && !order.contains(table))
            order.append(table);
    for (qsizetype i = 0; i < shared.size(); ++i) {
        if (order.contains(shared.at(i)))
            continue;
        qsizetype at = 0;
        for (qsizetype below = i - 1; below >= 0; --below) {
            if (const qsizetype k = order.indexOf(shared.at(below)); k >= 0) {
                at = k + 1;
                break;
            }
        }
        order.insert(at, shared.at(i));
    }
    return order;
}

DistrictStyle PersonalView::applyTo(const DistrictStyle &shared) const
{
    if (!isValid())
        return shared;
    DistrictStyle mine;
    for (const QString &table : mergeOrder(shared.order(), layerOrder()))
        mine.layers.append(*shared.layer(table));
    const QHash<QString, bool> visibility = layerVisibility();
    for (LayerStyle &layer : mine.layers)
        layer.visible = visibility.value(layer.table, layer.visible);
    return mine;
}

std::optional<QRectF> PersonalView::extent() const
{
    if (!isValid())
        return std::nullopt;
    const QRectF extent = QSettings().value(key("extent")).toRectF();
    if (extent.isEmpty())
        return std::nullopt;
    return extent;
}

void PersonalView::setExtent(const QRectF &extent)
{
    if (isValid() && !extent.isEmpty())
        QSettings().setValue(key("extent"), extent);
}

std::optional<QByteArray> PersonalView::bookmarks() const
{
    if (!isValid())
        return std::nullopt;
    QSettings settings;
    if (!settings.contains(key("bookmarks")))
        return std::nullopt;
    return settings.value(key("bookmarks")).toByteArray();
}

void PersonalView::setBookmarks(const QByteArray &json)
{
    if (isValid())
        QSettings().setValue(key("bookmarks"), json);
}

} // namespace uo
