#include "app/workstation/exchange/mapping_editor.h"

#include "core/catalogue/code_lists.h"
#include "core/store/layers.h"
#include "core/table/table_columns.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

namespace uo {

namespace {
enum Column
{
    StoreColumn,
    FieldColumn,
    SpellingsColumn,
    ColumnCount
};
} // namespace

MappingEditor::MappingEditor(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    retranslate();
}

bool MappingEditor::isCoded(const QString &column) const
{
    return !CodeLists::codes(m_table, column).isEmpty() ||
           (layerOf(m_table) == Layer::Components && column == QLatin1String("class_code"));
}

void MappingEditor::retranslate()
{
    setHorizontalHeaderLabels(
        {tr("Store column"), tr("Field of the file"), tr("The file's own words for values")});
    for (int row = 0; row < rowCount() && row < m_columns.size(); ++row) {
        const ImportMapping::Column &c = m_columns[row];
        TableColumn described;
        described.name = c.name;
        const QString title = TableColumns::title(described);
        if (QTableWidgetItem *name = item(row, StoreColumn)) {
            // Required: a column every feature needs that the import does not fill itself.
            const bool required = c.required && !ImportMapping::filledByImport(m_table, c.name, false);
            name->setText(required ? tr("%1 (required)").arg(title) : title);
            name->setToolTip(tr("Column %1 of the store").arg(c.name));
        }
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, FieldColumn))) {
            combo->setItemText(0, tr("(none)"));
            combo->setToolTip(tr("Pick the field that fills this column, or type = and a value that every "
                                 "feature takes, e.g. =main"));
        }
        if (auto *spellings = qobject_cast<QLineEdit *>(cellWidget(row, SpellingsColumn))) {
            spellings->setPlaceholderText(tr("e.g. 好=完好, 坏=破损"));
            spellings->setToolTip(
                tr("Values this file writes in its own way, each followed by = and the value the "
                   "workstation knows (its word or code), separated by commas"));
        }
    }
}

void MappingEditor::setColumns(const QString &table, const QList<ImportMapping::Column> &columns,
                               const QStringList &fields)
{
    m_table = table;
    m_columns = columns;
    m_fields = fields;
    setRowCount(int(columns.size()));
    for (int row = 0; row < columns.size(); ++row) {
        auto *name = new QTableWidgetItem;
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, columns[row].name); // the store's name of the column
        setItem(row, StoreColumn, name);
        auto *combo = new QComboBox(this);
        // Editable so that a fixed value can be typed: "=main" fills every feature's column with "main".
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString(), QString());
        for (const QString &f : fields)
            combo->addItem(f, f);
        connect(combo, &QComboBox::currentTextChanged, this, &MappingEditor::mappingChanged);
        setCellWidget(row, FieldColumn, combo);
        if (isCoded(columns[row].name)) {
            auto *spellings = new QLineEdit(this);
            connect(spellings, &QLineEdit::editingFinished, this, &MappingEditor::mappingChanged);
            setCellWidget(row, SpellingsColumn, spellings);
        } else {
            removeCellWidget(row, SpellingsColumn);
        }
    }
    retranslate();
    resizeColumnToContents(StoreColumn);
}

void MappingEditor::setMapping(const ImportMapping &mapping)
{
    for (int row = 0; row < m_columns.size(); ++row) {
        const QString column = m_columns[row].name;
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, FieldColumn))) {
            const QString source = mapping.source(column);
            const int index = combo->findData(source);
            QSignalBlocker block(combo);
            combo->setCurrentIndex(index < 0 ? 0 : index);
            if (index < 0 && ImportMapping::isFixed(source))
                combo->setEditText(source);
        }
        if (auto *spellings = qobject_cast<QLineEdit *>(cellWidget(row, SpellingsColumn))) {
            QStringList pairs;
            const QHash<QString, QString> values = mapping.values().value(column);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                pairs.append(it.key() + QLatin1Char('=') + it.value());
            pairs.sort();
            QSignalBlocker block(spellings);
            spellings->setText(pairs.join(QStringLiteral(", ")));
        }
    }
    emit mappingChanged();
}

ImportMapping MappingEditor::mapping() const
{
    ImportMapping mapping;
    for (int row = 0; row < m_columns.size(); ++row) {
        const QString column = m_columns[row].name;
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, FieldColumn))) {
            // A typed field name counts as the field; typed text that is neither is no mapping.
            const QString text = combo->currentText().trimmed();
            const int index = combo->findText(text);
            mapping.setSource(column, index >= 0                     ? combo->itemData(index).toString()
                                      : ImportMapping::isFixed(text) ? text
                                                                     : QString());
        }
        if (auto *spellings = qobject_cast<QLineEdit *>(cellWidget(row, SpellingsColumn)))
            if (const QString text = spellings->text().trimmed(); !text.isEmpty())
                mapping.addValues(column + QLatin1Char(':') + text); // what is not LABEL=VALUE is not taken
    }
    return mapping;
}

} // namespace uo
