#pragma once

#include "core/edit_session/edit_session.h"

#include <QDialog>

class QTreeWidget;

namespace uo::edit {

// The rows someone else changed since this session read them: for each, what differs as read, as
// this session has it and as the store holds it now, and a choice of keep mine / take theirs.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(const QList<Conflict> &conflicts, QWidget *parent = nullptr);

    // true: keep mine (the next save writes it); false: take theirs. One per conflict, in order.
    QList<bool> keepMine() const;
    void setAll(bool keepMine);

private:
    QList<Conflict> m_conflicts;
    QTreeWidget *m_tree;
};

} // namespace uo::edit
