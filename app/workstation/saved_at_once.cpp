#include "app/workstation/saved_at_once.h"

#include <QUndoStack>

namespace uo {

QString SavedAtOnce::undoText(const QString &what)
{
    return tr("%1 (saved at once)").arg(what);
}

QString SavedAtOnce::message(const QString &what)
{
    return tr("%1: saved to the district at once. Undo takes it back, also at once.").arg(what);
}

QString SavedAtOnce::push(QUndoStack &stack, QUndoCommand *command)
{
    const QString what = command->text();
    command->setText(undoText(what));
    stack.push(command);
    return message(what);
}

} // namespace uo
