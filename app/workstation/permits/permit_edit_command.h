#pragma once

#include <QUndoCommand>
#include <QVariantMap>

namespace uo {

class PermitDocument;

// Creating or editing one permit: the row's columns before and after. An empty `before` is a new
// permit (undo deletes it again, with its history); otherwise only the columns in `after` change.
class PermitEditCommand : public QUndoCommand
{
public:
    PermitEditCommand(PermitDocument *document, qint64 permitId, const QVariantMap &before,
                      const QVariantMap &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    PermitDocument *m_document;
    qint64 m_permitId;
    QVariantMap m_before, m_after;
    bool m_applied = true; // the first redo() finds the edit already written
};

} // namespace uo
