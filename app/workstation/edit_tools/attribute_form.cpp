#include "app/workstation/edit_tools/attribute_form.h"

#include "app/workstation/edit_tools/edit_document.h"
#include "core/catalogue/code_lists.h"
#include "core/edit_session/attribute_rules.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/table/table_lookups.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace uo::edit {

namespace {

// What the feature is called, in two words for "Attributes of %1 %2": a component by its class name
// and identifier (上水井盖 5001050101000001), anything else by its layer's title and its name or code.
QStringList featureName(const QString &table, const QVariantMap &row, qint64 id)
{
    const QString ident = row.value(QStringLiteral("ident")).toString();
    if (!ident.isEmpty())
        return {row.value(QStringLiteral("name")).toString(), ident};
    const LayerInfo *layer = findLayer(table);
    QString name = row.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = row.value(QStringLiteral("permit_no")).toString();
    if (name.isEmpty())
        name = row.value(QStringLiteral("code")).toString();
    if (name.isEmpty())
        name = QString::number(id);
    return {layer ? layerTitle(*layer) : table, name};
}

} // namespace

AttributeForm::AttributeForm(EditDocument &document, const QString &table, const QList<qint64> &ids,
                             QWidget *parent)
    : QDialog(parent), m_document(document), m_table(table), m_ids(ids), m_error(new QLabel(this))
{
    EditSession &session = *document.session();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const RowState row = session.row({table, ids.value(0)});
    m_before = row.value_or(QVariantMap());
    const QStringList name = featureName(table, m_before, ids.value(0));
    setWindowTitle(ids.size() == 1 ? tr("Attributes of %1 %2").arg(name.value(0), name.value(1))
                                   : tr("Change an attribute of %n features", nullptr, int(ids.size())));
    if (ids.size() == 1) {
        for (const QString &column : AttributeRules::editableColumns(session, table)) {
            QWidget *editor = makeEditor(column, m_before.value(column));
            m_editors.insert(column, editor);
            form->addRow(AttributeRules::title(column), editor);
        }
    } else {
        // One attribute for the whole selection: pick the column, then its value.
        auto *columnBox = new QComboBox(this);
        columnBox->setObjectName(QStringLiteral("column"));
        QStringList columns = AttributeRules::editableColumns(session, table);
        columns.removeAll(QStringLiteral("ident")); // unique per feature: never the same for many
        for (const QString &column : std::as_const(columns))
            columnBox->addItem(AttributeRules::title(column), column);
        form->addRow(tr("Attribute"), columnBox);
        auto *valueHolder = new QWidget(this);
        auto *valueLayout = new QVBoxLayout(valueHolder);
        valueLayout->setContentsMargins(0, 0, 0, 0);
        form->addRow(tr("New value"), valueHolder);
        auto pick = [this, columnBox, valueLayout] {
            for (QWidget *old : std::as_const(m_editors))
                old->deleteLater();
            m_editors.clear();
            const QString column = columnBox->currentData().toString();
            QWidget *editor = makeEditor(column, m_before.value(column));
            valueLayout->addWidget(editor);
            m_editors.insert(column, editor);
        };
        connect(columnBox, &QComboBox::currentIndexChanged, this, pick);
        pick();
    }
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttributeForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttributeForm::reject);
    layout->addWidget(buttons);
}

QWidget *AttributeForm::makeEditor(const QString &column, const QVariant &value)
{
    const QStringList choices = AttributeRules::choices(m_table, column);
    if (!choices.isEmpty()) {
        auto *box = new QComboBox(this);
        box->addItem(QString(), QVariant());
        for (const QString &choice : choices)
            box->addItem(CodeLists::word(m_table, column, choice), choice); // the word shown, the code stored
        box->setCurrentIndex(std::max(0, box->findData(value.toString())));
        return box;
    }
    if (AttributeRules::isEntityReference(m_table, column)) {
        // Entities from the register, by name; the id is what is stored.
        auto *box = new QComboBox(this);
        box->addItem(QString(), QVariant());
        for (const auto &[id, name] : AttributeRules::entities(*m_document.store()))
            box->addItem(name, id);
        box->setCurrentIndex(
            std::max(0, box->findData(value.isNull() ? QVariant() : QVariant(value.toLongLong()))));
        return box;
    }
    auto *line = new QLineEdit(value.toString(), this);
    if (AttributeRules::isDate(column))
        line->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    return line;
}

QVariant AttributeForm::valueOf(const QString &column) const
{
    QWidget *editor = m_editors.value(column);
    if (auto *box = qobject_cast<QComboBox *>(editor))
        return box->currentData();
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const QString text = line->text().trimmed();
        if (text.isEmpty())
            return QVariant();
        bool number = false;
        const qint64 whole = text.toLongLong(&number);
        // Numbers typed into columns that hold numbers stay numbers, as SQLite's affinity would make them.
        const QVariant before = m_before.value(column);
        if (number && (before.typeId() == QMetaType::LongLong))
            return whole;
        const double real = text.toDouble(&number);
        if (number && before.typeId() == QMetaType::Double)
            return real;
        return text;
    }
    return QVariant();
}

QVariantMap AttributeForm::values() const
{
    QVariantMap values;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        values.insert(it.key(), valueOf(it.key()));
    return values;
}

QString AttributeForm::validate() const
{
    QStringList problems;
    EditSession &session = *m_document.session();
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        for (qint64 id : m_ids) {
            const QString problem = AttributeRules::check(session, m_table, it.key(), valueOf(it.key()), id);
            if (!problem.isEmpty()) {
                problems << problem;
                break;
            }
        }
    return problems.join(QLatin1Char('\n'));
}

bool AttributeForm::commit()
{
    const QString problems = validate();
    m_error->setText(problems);
    if (!problems.isEmpty())
        return false;
    const QString text = m_ids.size() == 1 ? tr("Edit attributes")
                                           : tr("Change %1 of %n features", nullptr, int(m_ids.size()))
                                                 .arg(AttributeRules::title(m_editors.keys().value(0)));
    // One feature: its form showed m_before, and only what the user changed there is a change (another
    // workstation's change of the rest since stays; of the same value, the save asks). Many: one value
    // for all of them, whatever each held.
    QVariantMap shown;
    if (m_ids.size() == 1)
        for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
            shown.insert(it.key(), m_before.value(it.key()));
    m_document.push(m_document.session()->setValues(m_table, m_ids, values(), text, shown));
    return true;
}

void AttributeForm::accept()
{
    if (commit())
        QDialog::accept();
}

} // namespace uo::edit
