// The attribute table's inline edits: cells go through the window's edit session (TableEdits), and
// rows the session has changed show their pending values. Kept apart from the reading of rows.

#include "core/table/attribute_table_model.h"

namespace uo {

namespace {

// A value typed into a cell, as the store column would hold it: numbers stay numbers, as in the
// attribute form, and an empty cell is no value.
QVariant typedValue(const TableColumn &column, const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return QVariant();
    bool number = false;
    switch (column.kind) {
    case TableColumn::Kind::Integer:
    case TableColumn::Kind::Flag:
    case TableColumn::Kind::Entity:
    case TableColumn::Kind::Person:
    case TableColumn::Kind::Road: {
        const qint64 whole = text.toLongLong(&number);
        return number ? QVariant(whole) : QVariant(text);
    }
    case TableColumn::Kind::Real: {
        const double real = text.toDouble(&number);
        return number ? QVariant(real) : QVariant(text);
    }
    default:
        return text;
    }
}

} // namespace

void AttributeTableModel::setEdits(TableEdits *edits)
{
    m_edits = edits;
    pendingEditsChanged();
}

void AttributeTableModel::pendingEditsChanged()
{
    // Cheap: the view asks again only for the cells it shows.
    if (!m_ids.isEmpty() && !m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, int(m_columns.size()) - 1));
}

QVariant AttributeTableModel::cellValue(int row, int column, const QVariant &stored) const
{
    if (!m_edits)
        return stored;
    const std::optional<QVariantMap> pending = m_edits->pendingRow(m_table, m_ids[row]);
    if (!pending)
        return stored;
    const TableColumn &c = m_columns[column];
    if (!c.prefixOf.isEmpty()) {
        const QString base = pending->value(c.prefixOf.mid(1, c.prefixOf.size() - 2)).toString();
        return base.isEmpty() ? QVariant() : QVariant(base.left(c.prefixLength));
    }
    return pending->contains(c.name) ? pending->value(c.name) : stored;
}

Qt::ItemFlags AttributeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_edits)
        return flags;
    const TableColumn &column = m_columns[index.column()];
    // Derived columns (a component's street) change through the column they come from.
    if (column.kind != TableColumn::Kind::Id && column.prefixOf.isEmpty() &&
        m_edits->isEditable(m_table, column.name))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttributeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const TableColumn &column = m_columns[index.column()];
    const QVariant typed = typedValue(column, value);
    const QVariant current = rawValue(index.row(), index.column());
    const bool shown = isRowCached(index.row());
    if (shown && current == typed && current.isNull() == typed.isNull())
        return true; // nothing changes: no empty step on the undo stack
    const QString problem = m_edits->setValue(m_table, m_ids[index.row()], column.name, typed,
                                              shown ? std::optional<QVariant>(current) : std::nullopt);
    if (!problem.isEmpty()) {
        emit editRefused(problem);
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace uo
