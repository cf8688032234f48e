#include "app/workstation/table/table_cell_delegate.h"

#include "core/table/attribute_table_model.h"

#include <QComboBox>

namespace uo {

namespace {

const AttributeTableModel *tableModel(const QModelIndex &index)
{
    return qobject_cast<const AttributeTableModel *>(index.model());
}

} // namespace

QWidget *TableCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const AttributeTableModel *model = tableModel(index);
    if (model && index.column() < model->columns().size()) {
        const TableColumn &column = model->columns()[index.column()];
        const auto choices =
            column.isCoded() ? model->lookups().choices(column) : QList<QPair<QVariant, QString>>();
        if (!choices.isEmpty()) {
            auto *box = new QComboBox(parent);
            box->setObjectName(QStringLiteral("cellChoices"));
            // An optional code may be cleared: the empty entry stands for no value.
            box->addItem(QString(), QVariant());
            for (const auto &[value, shown] : choices)
                box->addItem(shown, value);
            box->setMaxVisibleItems(20);
            return box;
        }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TableCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor);
        box && box->objectName() == QLatin1String("cellChoices")) {
        const QVariant raw = index.data(Qt::EditRole);
        int at = 0;
        for (int i = 1; i < box->count(); ++i)
            if (box->itemData(i).toString() == raw.toString())
                at = i;
        box->setCurrentIndex(at);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TableCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor);
        box && box->objectName() == QLatin1String("cellChoices")) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace uo
