#pragma once

#include "core/edit_session/edit_action.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QWidget;

namespace uo::edit {

class EditDocument;

// The attributes of one feature, or one attribute of many (the selection), as a form that checks each
// value (AttributeRules) before anything is pushed: OK is one undo step.
class AttributeForm : public QDialog
{
    Q_OBJECT

public:
    // Every editable column of the rows `ids` of `table`; with several ids, only `onlyColumn` (or a
    // column picker when it is empty) and the value goes to all of them.
    AttributeForm(EditDocument &document, const QString &table, const QList<qint64> &ids,
                  QWidget *parent = nullptr);

    // The values as typed; invalid for an empty field.
    QVariantMap values() const;
    // Checks every field; an empty string when all are accepted.
    QString validate() const;
    // Pushes the change when valid; false (with the reason shown) otherwise.
    bool commit();
    QWidget *editor(const QString &column) const { return m_editors.value(column); }

    void accept() override;

private:
    QWidget *makeEditor(const QString &column, const QVariant &value);
    QVariant valueOf(const QString &column) const;

    EditDocument &m_document;
    QString m_table;
    QList<qint64> m_ids;
    QVariantMap m_before;
    QHash<QString, QWidget *> m_editors;
    QLabel *m_error;
};

} // namespace uo::edit
