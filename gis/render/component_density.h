#pragma once

#include "core/jobs/job_tracker.h"
#include "gis/render/map_viewport.h"

#include <QImage>
#include <QList>

namespace uo {
class ComponentPoints;
}

namespace uo::render {

// How many components lie in each cell of a small grid over a view: at district and street-network
// scales a million components drawn one mark a pixel cover every road ("confetti"); a density surface
// shows where they are without hiding the roads, segments and names drawn over it. Every component is
// counted; nothing is sampled. Two threads, each taking half of the rows.
class ComponentDensity
{
public:
    // Cells of this many pixels a side: about a hectare at 1:100,000.
    static constexpr int kCellPixels = 4;

    ComponentDensity(const ComponentPoints &points, const MapViewport &viewport, const JobTicket &job);

    QSize cells() const { return m_cells; }
    quint32 count(int column, int row) const { return m_counts[qsizetype(row) * m_cells.width() + column]; }
    qint64 pointCount() const { return m_points; }
    // About how much of the picture symbols `dot` pixels across would cover, one per component, were
    // each component given a pixel of its own (a cell holds at most one a pixel): above a third or so
    // they cannot be told apart.
    double symbolCover(double dot) const;
    // Components per hectare in each cell, spread over about 20 m, one pixel a cell, as `colour` whose
    // opacity grows with the square of the density's logarithm (up to `maxOpacity` at about 600 a hectare, a
    // street's dense core): a picture to be drawn smoothly scaled over the view.
    QImage surface(const QColor &colour, double maxOpacity) const;

private:
    QSize m_cells;
    double m_cellHectares = 0;
    QList<quint32> m_counts;
    qint64 m_points = 0;
};

} // namespace uo::render
