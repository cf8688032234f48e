#include "app/workstation/table/table_edit_bridge.h"

#include "app/workstation/edit_tools/edit_document.h"
#include "core/edit_session/attribute_rules.h"
#include "core/edit_session/edit_session.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "core/table/attribute_table_model.h"

namespace uo {

TableEditBridge::TableEditBridge(edit::EditDocument &document, AttributeTableModel &model, QObject *parent)
    : QObject(parent), m_document(&document), m_model(&model)
{
    model.setEdits(this);
    // Pending values change with every edit, undo, redo and discard; the rows on screen show them.
    connect(&document, &edit::EditDocument::changed, &model, &AttributeTableModel::pendingEditsChanged);
    // Turning editing on or off changes which cells are editable.
    connect(&document, &edit::EditDocument::editingChanged, &model,
            &AttributeTableModel::pendingEditsChanged);
    // A save writes the store: the rows read from it are stale, and a sort may place them elsewhere.
    connect(&document, &edit::EditDocument::saved, &model, [this](const QSet<QString> &tables) {
        if (m_model && tables.contains(m_model->table()))
            m_model->reload();
    });
}

TableEditBridge::~TableEditBridge()
{
    if (m_model)
        m_model->setEdits(nullptr);
}

bool TableEditBridge::isEditable(const QString &table, const QString &column) const
{
    if (!m_document || !m_document->isEditing() || !m_document->session() ||
        !edit::EditDocument::editableTables().contains(table))
        return false;
    return column != QLatin1String("id") && column != QLatin1String("geom");
}

std::optional<QVariantMap> TableEditBridge::pendingRow(const QString &table, qint64 id) const
{
    const edit::EditSession *session = m_document ? m_document->session() : nullptr;
    if (!session || !session->hasChanges())
        return std::nullopt;
    const edit::PendingRow *row = session->pending({table, id});
    if (!row || !row->current)
        return std::nullopt;
    return *row->current;
}

QString TableEditBridge::setValue(const QString &table, qint64 id, const QString &column,
                                  const QVariant &value, const std::optional<QVariant> &shown)
{
    if (!isEditable(table, column))
        return tr("Turn editing on to change values.");
    edit::EditSession &session = *m_document->session();
    try {
        if (!edit::AttributeRules::editableColumns(session, table).contains(column))
            return tr("%1 cannot be changed here.").arg(edit::AttributeRules::title(column));
        const QString problem = edit::AttributeRules::check(session, table, column, value, id);
        if (!problem.isEmpty())
            return problem;
        // Named like the attribute form's actions, with the cell it changed.
        const LayerInfo *layer = findLayer(table);
        const QString text = tr("Change %1 of %2 #%3")
                                 .arg(edit::AttributeRules::title(column), layer ? layerTitle(*layer) : table)
                                 .arg(id);
        m_document->push(session.setValues(table, {id}, {{column, value}}, text,
                                           shown ? QVariantMap{{column, *shown}} : QVariantMap()));
    } catch (const Error &error) {
        return error.message();
    }
    return QString();
}

} // namespace uo
