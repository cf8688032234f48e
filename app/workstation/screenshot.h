#pragma once

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
    Screenshot(MainWindow &window, const QString &path, int timeoutSeconds = 300);

private:
    void grabWhenSettled();
    void grab();

    MainWindow &m_window;
    QString m_path;
};

} // namespace uo
