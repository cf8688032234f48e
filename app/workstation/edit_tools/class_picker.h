#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace uo {
class Catalogue;
}

namespace uo::edit {

// Picks a component class from the catalogue: Chinese name, English name and code, narrowed as the
// user types any of them (e.g. "井盖", "0101", "manhole").
class ClassPicker : public QDialog
{
    Q_OBJECT

public:
    ClassPicker(const Catalogue &catalogue, QWidget *parent = nullptr);

    void setFilter(const QString &text);
    int visibleCount() const;
    QString classCode() const; // of the current row; empty when none
    QString className() const;

private:
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_list;
};

} // namespace uo::edit
