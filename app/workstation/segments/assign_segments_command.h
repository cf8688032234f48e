#pragma once

#include "app/workstation/edit_tools/store_write_command.h"
#include "core/segments/segment_assignment.h"

namespace uo {

class SegmentDocument;

// One Apply of the assignment panel: the segments' people before and after (see StoreWriteCommand).
class AssignSegmentsCommand : public StoreWriteCommand<QList<SegmentAssignment>>
{
public:
    AssignSegmentsCommand(SegmentDocument &document, const QList<SegmentAssignment> &before,
                          const QList<SegmentAssignment> &after, const QString &text);

    // One row per segment: its chief, Party branch and collaborators (ids); shared by the segment edits.
    static QVariantMap teamRow(qint64 chiefId, qint64 partyUnitId, const QList<qint64> &collaborators);
    // The same with people's and branches' names, for the conflicts dialog.
    static edit::Conflict withNames(DistrictStore &store, edit::Conflict conflict);

private:
    edit::Rows rows(const QList<SegmentAssignment> &state) override;
    QList<SegmentAssignment> read(DistrictStore &store) override;
    void write(DistrictStore &store, const QList<SegmentAssignment> &state) override;
    void announce() override;
    edit::Conflict shown(const edit::Conflict &conflict) override;

    SegmentDocument &m_document;
};

} // namespace uo
