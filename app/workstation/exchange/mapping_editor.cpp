#include "mapping_editor.h"

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
        combo->addItem(tr("(none)"), QString());
        for (const QString &f : fields)
            combo->addItem(f, f);
        connect(combo, &QComboBox::currentIndexChanged, this, &MappingEditor::mappingChanged);
        setCellWidget(row, 1, combo);
    }
    resizeColumnToContents(0);
}

void MappingEditor::setMapping(const ImportMapping &mapping)
{
    for (int row = 0; row < m_columns.size(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, 1))) {
            const int index = combo->findData(mapping.source(m_columns[row].name));
            QSignalBlocker block(combo);
            combo->setCurrentIndex(index < 0 ? 0 : index);
        }
    emit mappingChanged();
}

ImportMapping MappingEditor::mapping() const
{
    ImportMapping mapping;
    for (int row = 0; row < m_columns.size(); ++row)
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, 1)))
            mapping.setSource(m_columns[row].name, combo->currentData().toString());
    return mapping;
}

} // namespace uo
