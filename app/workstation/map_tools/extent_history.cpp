#include "app/workstation/map_tools/extent_history.h"

#include "app/workstation/map_canvas.h"

namespace uo {

ExtentHistory::ExtentHistory(MapCanvas &canvas) : QObject(&canvas), m_canvas(canvas)
{
    m_rest.setSingleShot(true);
    m_rest.setInterval(kRestMs);
    connect(&m_rest, &QTimer::timeout, this, &ExtentHistory::settle);
    connect(&m_canvas, &MapCanvas::viewportChanged, this, &ExtentHistory::viewportChanged);
}

bool ExtentHistory::canGoBack() const
{
    return !m_back.isEmpty() || (m_moving && m_current.isValid());
}

ExtentHistory::View ExtentHistory::currentView() const
{
    if (!m_canvas.viewport().isValid() || !m_canvas.snapshot())
        return View();
    return {m_canvas.viewport().centre(), m_canvas.viewport().mapUnitsPerPixel()};
}

void ExtentHistory::viewportChanged()
{
    if (m_jumping)
        return;
    const View now = currentView();
    // A resize of the window changes neither centre nor scale: not a view of its own.
    if (!now.isValid() || now == m_current)
        return;
    // The first view of a district (its full extent) is where Previous ends.
    if (!m_current.isValid()) {
        m_current = now;
        return;
    }
    const bool was = canGoBack();
    m_moving = true;
    m_rest.start();
    if (was != canGoBack())
        emit changed();
}

void ExtentHistory::settle()
{
    m_rest.stop();
    const View now = currentView();
    if (!m_moving || !now.isValid() || now == m_current) {
        m_moving = false;
        return;
    }
    m_moving = false;
    if (m_current.isValid()) {
        m_back.append(m_current);
        if (m_back.size() > kMaxViews)
            m_back.removeFirst();
    }
    m_forward.clear();
    m_current = now;
    emit changed();
}

void ExtentHistory::clear()
{
    m_rest.stop();
    m_back.clear();
    m_forward.clear();
    m_current = View();
    m_moving = false;
    emit changed();
}

void ExtentHistory::back()
{
    settle();
    if (m_back.isEmpty())
        return;
    m_forward.append(m_current);
    m_current = m_back.takeLast();
    show(m_current);
}

void ExtentHistory::forward()
{
    settle();
    if (m_forward.isEmpty())
        return;
    m_back.append(m_current);
    m_current = m_forward.takeLast();
    show(m_current);
}

void ExtentHistory::show(const View &view)
{
    MapViewport viewport = m_canvas.viewport();
    viewport.setCentre(view.centre);
    viewport.setMapUnitsPerPixel(view.mapUnitsPerPixel);
    m_jumping = true;
    m_canvas.setViewport(viewport);
    m_jumping = false;
    emit changed();
}

} // namespace uo
