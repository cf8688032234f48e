#pragma once

#include <QPointF>
#include <optional>

#include <QObject>
#include <QString>

namespace uo {

class MainWindow;

// Grabs the window into an image file once the map of the open district has been drawn at full extent,
// then ends the event loop: 0 when the file was written, 1 when the map could not be drawn, 2 when the
// file could not be written, 3 when drawing took longer than the time allowed.
class Screenshot : public QObject
{
    Q_OBJECT

public:
    // Where the map is when the window is grabbed: a centre (store CRS) and a 1:N scale.
    struct View
    {
        QPointF centre;
        double scale;
    };

    // With `view`, the map is moved there once the district's map is read, and grabbed when drawn.
    Screenshot(MainWindow &window, const QString &path, std::optional<View> view = std::nullopt,
               int timeoutSeconds = 300);

private:
    void grabWhenSettled();
    void grab();

    MainWindow &m_window;
    QString m_path;
};

} // namespace uo
