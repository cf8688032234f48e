#include "app/workstation/edit_tools/conflicts_dialog.h"

#include "core/catalogue/code_lists.h"
#include "core/edit_session/attribute_rules.h"
#include "core/edit_session/row_merge.h"
#include "core/store/layers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uo::edit {

namespace {
QString shown(const RowState &row, const QString &column)
{
    if (!row)
        return ConflictsDialog::tr("(deleted)");
    const QVariant value = row->value(column);
    if (value.typeId() == QMetaType::QByteArray)
        return ConflictsDialog::tr("(geometry)");
    return value.isNull() ? QString()
                          : CodeLists::word(QString(), column, value.toString()); // "破损" for damaged
}

// "部件 976082 5001050409004567": the layer's title, the id and what people know the feature by.
// What a table's rows are called, for the tables without a map layer that write-through commands change.
QString tableTitle(const QString &table)
{
    if (const LayerInfo *layer = findLayer(table))
        return layerTitle(*layer);
    if (table == QLatin1String("people"))
        return ConflictsDialog::tr("Person");
    if (table == QLatin1String("permit_rules"))
        return ConflictsDialog::tr("Excavation rules");
    if (table == QLatin1String("nodig_calendar"))
        return ConflictsDialog::tr("No-dig period");
    return table;
}

QString featureLabel(const Conflict &conflict)
{
    if (conflict.key.table == QLatin1String("permit_rules"))
        return tableTitle(conflict.key.table);
    QString label = QStringLiteral("%1 %2").arg(tableTitle(conflict.key.table)).arg(conflict.key.id);
    const RowState &row = conflict.mine ? conflict.mine : conflict.original;
    for (const char *name : {"ident", "code", "name"})
        if (row && !row->value(QLatin1String(name)).toString().isEmpty())
            return label + QLatin1Char(' ') + row->value(QLatin1String(name)).toString();
    return label;
}

} // namespace

ConflictsDialog::ConflictsDialog(const QList<Conflict> &conflicts, QWidget *parent)
    : QDialog(parent), m_conflicts(conflicts), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Edit Conflicts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *allMine = buttons->addButton(tr("Keep All Mine"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs = buttons->addButton(tr("Take All Theirs"), QDialogButtonBox::ActionRole);
    connect(allMine, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { setAll(false); });
    build(tr("Someone else saved changes to %n feature(s) that you also edited. Your other edits were saved. "
             "Choose which version to keep for each; the choice is saved next.",
             nullptr, int(conflicts.size())),
          buttons, true);
}

ConflictsDialog::ConflictsDialog(const QString &action, const QList<Conflict> &conflicts, QWidget *parent)
    : QDialog(parent), m_conflicts(conflicts), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Changed by Someone Else"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    // Closing the dialog keeps theirs: nothing is written over someone's change without a clear choice.
    buttons->addButton(tr("Keep Theirs"), QDialogButtonBox::RejectRole)->setDefault(true);
    build(
        tr("\u201c%1\u201d would write over changes made since by someone else (another workstation or "
           "program). Keep yours and write over theirs, or keep theirs and drop this step from the history?")
            .arg(action),
        buttons, false);
}

void ConflictsDialog::build(const QString &intro, QDialogButtonBox *buttons, bool choicePerRow)
{
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    fill(choicePerRow);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(760, 420);
}

bool ConflictsDialog::keepMineOver(QWidget *parent, const QString &action, const QList<Conflict> &conflicts)
{
    ConflictsDialog dialog(action, conflicts, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ConflictsDialog::fill(bool choicePerRow)
{
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels(
        {tr("Feature / attribute"), tr("As you read it"), tr("Yours"), tr("Theirs (saved)")});
    for (const Conflict &conflict : std::as_const(m_conflicts)) {
        auto *item = new QTreeWidgetItem(m_tree, {featureLabel(conflict)});
        QStringList columns;
        for (const RowState *row : {&conflict.original, &conflict.mine, &conflict.theirs})
            if (*row)
                for (auto it = (*row)->begin(); it != (*row)->end(); ++it)
                    if (!columns.contains(it.key()) && it.key() != QLatin1String(edit::kRowVersion))
                        columns << it.key(); // a server's row version is no attribute of the user's
        for (const QString &column : std::as_const(columns)) {
            const QString read = shown(conflict.original, column), mine = shown(conflict.mine, column),
                          theirs = shown(conflict.theirs, column);
            const bool differs = !conflict.mine || !conflict.theirs || !conflict.original ||
                                 !sameValue(conflict.mine->value(column), conflict.original->value(column)) ||
                                 !sameValue(conflict.theirs->value(column), conflict.original->value(column));
            if (differs)
                new QTreeWidgetItem(item, {AttributeRules::title(column), read, mine, theirs});
        }
        if (choicePerRow) {
            auto *choice = new QComboBox(m_tree);
            choice->addItems({tr("Keep mine"), tr("Take theirs")});
            m_tree->setItemWidget(item, 2, choice);
        }
        item->setExpanded(true);
    }
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QList<bool> ConflictsDialog::keepMine() const
{
    QList<bool> choices;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        auto *box = qobject_cast<QComboBox *>(m_tree->itemWidget(m_tree->topLevelItem(i), 2));
        choices << (!box || box->currentIndex() == 0);
    }
    return choices;
}

void ConflictsDialog::setAll(bool keepMine)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (auto *box = qobject_cast<QComboBox *>(m_tree->itemWidget(m_tree->topLevelItem(i), 2)))
            box->setCurrentIndex(keepMine ? 0 : 1);
}

} // namespace uo::edit
