#pragma once

#include "app/workstation/edit_tools/store_write_command.h"
#include "core/segments/segment_editor.h"

namespace uo {

class SegmentDocument;

// One split, merge, boundary move, rename or set of applied proposals: the segments of every road it
// touched before and after, written back whole, ids and people included (see StoreWriteCommand).
class SegmentEditCommand : public StoreWriteCommand<QList<RoadSegments>>
{
public:
    SegmentEditCommand(SegmentDocument &document, const QList<RoadSegments> &before,
                       const QList<RoadSegments> &after, const QString &text);

private:
    edit::Rows rows(const QList<RoadSegments> &state) override;
    QList<RoadSegments> read(DistrictStore &store) override;
    void write(DistrictStore &store, const QList<RoadSegments> &state) override;
    void announce() override;
    edit::Conflict shown(const edit::Conflict &conflict) override;

    SegmentDocument &m_document;
    QList<qint64> m_segmentIds; // every segment before or after: those the other state has not are absent
};

} // namespace uo
