#include "app/workstation/exchange/mapping_editor.h"

#include <QComboBox>
#include <QHeaderView>

namespace uo {

MappingEditor::MappingEditor(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(2);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    retranslate();
}

void MappingEditor::retranslate()
{
    setHorizontalHeaderLabels({tr("Store column"), tr("Field of the file")});
    for (int row = 0; row < rowCount(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, 1)))
            combo->setItemText(0, tr("(none)"));
}

void MappingEditor::setColumns(const QString &table, const QList<ImportMapping::Column> &columns, const QStringList &fields)
{
    m_table = table;
    m_columns = columns;
    m_fields = fields;
    setRowCount(int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        const ImportMapping::Column &c = columns[row];
        auto *name = new QTableWidgetItem(c.required ? tr("%1 (required)").arg(c.name) : c.name);
        name->setFlags(Qt::ItemIsEnabled);
        setItem(row, 0, name);
        auto *combo = new QComboBox(this);
        // Editable so that a fixed value can be typed: "=main" fills every feature's column with "main".
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setToolTip(tr("Pick the field that fills this column, or type = and a value that every feature takes, e.g. =main"));
        combo->addItem(tr("(none)"), QString());
        for (const QString &f : fields)
            combo->addItem(f, f);
        connect(combo, &QComboBox::currentTextChanged, this, &MappingEditor::mappingChanged);
        setCellWidget(row, 1, combo);
    }
    resizeColumnToContents(0);
}

void MappingEditor::setMapping(const ImportMapping &mapping)
{
    for (int row = 0; row < m_columns.size(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, 1))) {
            const QString source = mapping.source(m_columns[row].name);
            const int index = combo->findData(source);
            QSignalBlocker block(combo);
            combo->setCurrentIndex(index < 0 ? 0 : index);
            if (index < 0 && ImportMapping::isFixed(source))
                combo->setEditText(source);
        }
    emit mappingChanged();
}

ImportMapping MappingEditor::mapping() const
{
    ImportMapping mapping;
    for (int row = 0; row < m_columns.size(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, 1))) {
            // A typed field name counts as the field; typed text that is neither is no mapping.
            const QString text = combo->currentText().trimmed();
            const int index = combo->findText(text);
            mapping.setSource(m_columns[row].name, index >= 0           ? combo->itemData(index).toString()
                                                   : ImportMapping::isFixed(text) ? text
                                                                                  : QString());
        }
    return mapping;
}

} // namespace uo
