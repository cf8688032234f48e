#include "app/workstation/map_tools/bookmark_model.h"

#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace uo {

void BookmarkModel::setStore(DistrictStore *store)
{
    beginResetModel();
    m_view = store ? PersonalView(*store) : PersonalView();
    m_bookmarks.clear();
    if (const std::optional<QByteArray> mine = m_view.bookmarks()) {
        m_bookmarks = fromJson(*mine);
    } else if (store) {
        try {
            m_bookmarks = fromJson(store->setting(QString::fromLatin1(kSettingsKey)).toUtf8());
            m_view.setBookmarks(toJson(m_bookmarks));
        } catch (const Error &error) {
            m_error = error.message();
        }
    }
    endResetModel();
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bookmark &bookmark = m_bookmarks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return bookmark.name;
    case Qt::ToolTipRole:
        return tr("%1 × %2 m").arg(qRound(bookmark.extent.width())).arg(qRound(bookmark.extent.height()));
    case ExtentRole:
        return bookmark.extent;
    default:
        return {};
    }
}

bool BookmarkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return rename(index.row(), value.toString());
}

Qt::ItemFlags BookmarkModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BookmarkModel::add(const QString &name, const QRectF &extent)
{
    QList<Bookmark> next = m_bookmarks;
    next.append({name.trimmed(), extent.normalized()});
    if (name.trimmed().isEmpty() || extent.isEmpty() || !save(next))
        return false;
    beginInsertRows(QModelIndex(), int(m_bookmarks.size()), int(m_bookmarks.size()));
    m_bookmarks = next;
    endInsertRows();
    return true;
}

bool BookmarkModel::rename(int row, const QString &name)
{
    if (row < 0 || row >= m_bookmarks.size() || name.trimmed().isEmpty())
        return false;
    if (m_bookmarks[row].name == name.trimmed())
        return true;
    QList<Bookmark> next = m_bookmarks;
    next[row].name = name.trimmed();
    if (!save(next))
        return false;
    m_bookmarks = next;
    emit dataChanged(index(row), index(row));
    return true;
}

bool BookmarkModel::remove(int row)
{
    if (row < 0 || row >= m_bookmarks.size())
        return false;
    QList<Bookmark> next = m_bookmarks;
    next.removeAt(row);
    if (!save(next))
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_bookmarks = next;
    endRemoveRows();
    return true;
}

bool BookmarkModel::save(const QList<Bookmark> &bookmarks)
{
    m_error.clear();
    if (!m_view.isValid()) {
        m_error = tr("No district is open.");
        return false;
    }
    m_view.setBookmarks(toJson(bookmarks));
    return true;
}

QByteArray BookmarkModel::toJson(const QList<Bookmark> &bookmarks)
{
    QJsonArray array;
    for (const Bookmark &b : bookmarks)
        array.append(QJsonObject{{QStringLiteral("name"), b.name},
                                 {QStringLiteral("xmin"), b.extent.left()},
                                 {QStringLiteral("ymin"), b.extent.top()},
                                 {QStringLiteral("xmax"), b.extent.right()},
                                 {QStringLiteral("ymax"), b.extent.bottom()}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<BookmarkModel::Bookmark> BookmarkModel::fromJson(const QByteArray &json)
{
    QList<Bookmark> bookmarks;
    // A value another program wrote badly loses only the entries that make no sense.
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QRectF extent(
            QPointF(o.value(QStringLiteral("xmin")).toDouble(), o.value(QStringLiteral("ymin")).toDouble()),
            QPointF(o.value(QStringLiteral("xmax")).toDouble(), o.value(QStringLiteral("ymax")).toDouble()));
        const QString name = o.value(QStringLiteral("name")).toString();
        if (!name.isEmpty() && !extent.isEmpty())
            bookmarks.append({name, extent});
    }
    return bookmarks;
}

} // namespace uo
