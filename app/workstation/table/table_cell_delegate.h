#pragma once

#include <QStyledItemDelegate>

namespace uo {

// Edits a cell of the attribute table: coded columns (a state, a class, a department) with a list of
// the values they take, shown by name; other columns as text. The model refuses what the rules do not
// accept, with their sentence.
class TableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace uo
