#pragma once

#include <QCoreApplication>
#include <QString>

class QUndoCommand;
class QUndoStack;

namespace uo {

// The words of the one save model (docs/editing.md): feature edits wait for Save; the management
// steps (segment splits and assignments, the roster, permits and their workflow, the review rules, the
// district's map style) are written to the district at once, and each says so: in its undo text and
// in the status bar.
class SavedAtOnce
{
    Q_DECLARE_TR_FUNCTIONS(uo::SavedAtOnce)

public:
    // "Split 建新北路 into 3 segments (saved at once)": what the Edit menu and the history show.
    static QString undoText(const QString &what);
    // What the status bar says after it.
    static QString message(const QString &what);
    // Marks `command` (already done) as written at once and pushes it; returns the status bar's message.
    static QString push(QUndoStack &stack, QUndoCommand *command);
};

} // namespace uo
