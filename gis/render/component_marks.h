#pragma once

#include "core/jobs/job_tracker.h"
#include "gis/render/map_style.h"
#include "gis/render/map_viewport.h"
#include "gis/render/pixel_marks.h"

#include <QList>
#include <array>
#include <mutex>

namespace uo {
class ComponentPoints;
}

namespace uo::render {

// The components of one view gathered onto its pixel grid (see PixelMarks), before any is drawn: every
// point whose pixel lies in the view grown by a margin is counted by kind and marked; nothing is
// sampled. The million points of a district are walked by two threads, each taking half of the rows.
class ComponentMarks
{
public:
    using Counts = std::array<qint64, map_style::kComponentKinds>;

    // Gathers at once; returns early, incomplete, once `job` is withdrawn.
    ComponentMarks(const ComponentPoints &points, const MapViewport &viewport, int marginPixels,
                   const JobTicket &job);

    const PixelMarks &marks() const { return m_marks; }
    const Counts &counts() const { return m_counts; }
    qint64 pointCount() const;
    // The commonest kinds first, so that rarer ones stay visible where they share a pixel; defects last,
    // so that a damaged cover never hides under an intact tree.
    QList<int> drawingOrder() const;
    // Where each kind's marks are, gathered once for every band that draws them.
    const QList<QList<QPoint>> &marksByKind() const;

private:
    void gather(const ComponentPoints &points, const MapViewport &viewport, int rowBegin, int rowEnd,
                Counts &counts, const JobTicket &job);

    PixelMarks m_marks;
    Counts m_counts{};
    mutable std::once_flag m_byKindOnce;
    mutable QList<QList<QPoint>> m_byKind;
};

} // namespace uo::render
