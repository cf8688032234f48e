#pragma once

#include "gis/render/layer_style.h"

#include <QUndoCommand>

namespace uo {

class StyleDocument;

// One change of the map's style by the user: a layer shown or hidden, moved, or restyled. Changes made
// one after another in one style dialog share a `session` and merge into one command, so that dragging
// the opacity slider is one step to undo, not a hundred.
class ChangeStyleCommand : public QUndoCommand
{
public:
    ChangeStyleCommand(StyleDocument &document, const DistrictStyle &before, const DistrictStyle &after,
                       const QString &text, int session = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    StyleDocument &m_document;
    DistrictStyle m_before;
    DistrictStyle m_after;
    int m_session;
};

} // namespace uo
