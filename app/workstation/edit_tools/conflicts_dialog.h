#pragma once

#include "core/edit_session/edit_session.h"

#include <QDialog>

class QDialogButtonBox;
class QTreeWidget;

namespace uo::edit {

// The rows someone else changed since this session read them: for each, what differs as read, as
// this session has it and as the store holds it now, and a choice of keep mine / take theirs.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(const QList<Conflict> &conflicts, QWidget *parent = nullptr);
    // For an undo or redo written straight to the store: one choice for the whole step, since it is
    // written whole. Accepted: keep mine (write over theirs); rejected: keep theirs.
    ConflictsDialog(const QString &action, const QList<Conflict> &conflicts, QWidget *parent = nullptr);

    // true: keep mine (the next save writes it); false: take theirs. One per conflict, in order.
    QList<bool> keepMine() const;
    void setAll(bool keepMine);

    // The dialog of the second form, asked; true: keep mine.
    static bool keepMineOver(QWidget *parent, const QString &action, const QList<Conflict> &conflicts);

private:
    void build(const QString &intro, QDialogButtonBox *buttons, bool choicePerRow);
    void fill(bool choicePerRow);

    QList<Conflict> m_conflicts;
    QTreeWidget *m_tree;
};

} // namespace uo::edit
