#pragma once

#include "core/table/table_edits.h"

#include <QObject>
#include <QPointer>

namespace uo {

class AttributeTableModel;

namespace edit {
class EditDocument;
}

// Lets the attribute table edit cells through the window's edit session, the way the attribute form
// does (issue #7: "through the same commands"): the same rules refuse a bad value with the same
// sentence, and each accepted cell is one EditCommand on the window's undo stack. The table shows
// the session's pending values and follows every change of them (edit, undo, redo, discard, save).
class TableEditBridge : public QObject, public TableEdits
{
    Q_OBJECT

public:
    TableEditBridge(edit::EditDocument &document, AttributeTableModel &model, QObject *parent = nullptr);
    ~TableEditBridge() override;

    bool isEditable(const QString &table, const QString &column) const override;
    std::optional<QVariantMap> pendingRow(const QString &table, qint64 id) const override;
    QString setValue(const QString &table, qint64 id, const QString &column, const QVariant &value,
                     const std::optional<QVariant> &shown) override;

private:
    QPointer<edit::EditDocument> m_document;
    QPointer<AttributeTableModel> m_model;
};

} // namespace uo
