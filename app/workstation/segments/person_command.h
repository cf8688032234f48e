#pragma once

#include "core/segments/roster.h"

#include <QUndoCommand>

namespace uo {

class SegmentDocument;

// One change to the roster: a person added (before has no id), edited, deactivated or reactivated.
// Pushed after the change was written; its first redo does nothing.
class PersonCommand : public QUndoCommand
{
public:
    PersonCommand(SegmentDocument *document, const Person &before, const Person &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    void write(const Person &from, const Person &to);

    SegmentDocument *m_document;
    Person m_before, m_after;
    bool m_applied = true;
};

} // namespace uo
