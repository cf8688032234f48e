#pragma once

#include "app/workstation/personal_view.h"

#include <QAbstractListModel>
#include <QList>
#include <QRectF>

namespace uo {

class DistrictStore;

// The user's spatial bookmarks of a district: named extents, part of their personal view (kept in
// their settings, never written to the district), saved at once after every change. Names are edited
// in place. Districts of earlier versions kept bookmarks in the store, under the settings key
// "map/bookmarks": the first time a user opens such a district, those become theirs.
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

    // Reads the user's bookmarks of `store`; null empties the list.
    void setStore(DistrictStore *store);
    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Each returns false and leaves the list as it was when no district is open or the name or
    // extent is empty; the reason is in lastError().
    bool add(const QString &name, const QRectF &extent);
    bool rename(int row, const QString &name);
    bool remove(int row);
    QString lastError() const { return m_error; }

    static QByteArray toJson(const QList<Bookmark> &bookmarks);
    static QList<Bookmark> fromJson(const QByteArray &json);

private:
    bool save(const QList<Bookmark> &bookmarks);

    PersonalView m_view;
    QList<Bookmark> m_bookmarks;
    QString m_error;
};

} // namespace uo
