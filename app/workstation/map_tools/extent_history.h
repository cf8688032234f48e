#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QTimer>

namespace uo {

class MapCanvas;

// The views the user has looked at, for Previous and Next Extent. A drag or a spin of the wheel makes
// many small changes; a view counts once the map has rested on it for a moment (or the user jumps
// elsewhere before that), so that Previous goes back to where the user was, not one wheel notch.
class ExtentHistory : public QObject
{
    Q_OBJECT

public:
    struct View
    {
        QPointF centre;
        double mapUnitsPerPixel = 0;
        bool isValid() const { return mapUnitsPerPixel > 0; }
        friend bool operator==(const View &a, const View &b)
        {
            return a.centre == b.centre && a.mapUnitsPerPixel == b.mapUnitsPerPixel;
        }
    };

    static constexpr int kRestMs = 500;
    static constexpr int kMaxViews = 100;

    explicit ExtentHistory(MapCanvas &canvas);

    bool canGoBack() const;
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // Takes the canvas's view now as a view of its own, without waiting for the map to rest.
    void settle();
    // Forgets every view (a district closed or opened).
    void clear();

public slots:
    void back();
    void forward();

signals:
    void changed();

private:
    void viewportChanged();
    View currentView() const;
    void show(const View &view);

    MapCanvas &m_canvas;
    QTimer m_rest;
    QList<View> m_back, m_forward;
    View m_current;
    bool m_moving = false; // the view differs from m_current and has not rested yet
    bool m_jumping = false;
};

} // namespace uo
