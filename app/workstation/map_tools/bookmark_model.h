#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QRectF>

namespace uo {

class DistrictStore;

// The district's spatial bookmarks: named extents, kept with the district (not with the user's
// settings) so that everyone who opens the file finds the same places. Saved at once after every
// change, as JSON under the store's settings key "map/bookmarks". Names are edited in place.
class BookmarkModel : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Bookmark
    {
        QString name;
        QRectF extent; // store CRS
    };
    static constexpr const char *kSettingsKey = "map/bookmarks";
    enum Role
    {
        ExtentRole = Qt::UserRole + 1
    };

    using QAbstractListModel::QAbstractListModel;

    // Reads the bookmarks of `store`; null empties the list.
    void setStore(DistrictStore *store);
    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Each returns false and leaves the list as it was when the store refuses the change (read-only);
    // the reason is in lastError().
    bool add(const QString &name, const QRectF &extent);
    bool rename(int row, const QString &name);
    bool remove(int row);
    QString lastError() const { return m_error; }

    static QByteArray toJson(const QList<Bookmark> &bookmarks);
    static QList<Bookmark> fromJson(const QByteArray &json);

private:
    bool save(const QList<Bookmark> &bookmarks);

    DistrictStore *m_store = nullptr;
    QList<Bookmark> m_bookmarks;
    QString m_error;
};

} // namespace uo
