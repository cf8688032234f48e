#pragma once

#include <QPointF>
#include <optional>

#include <QObject>
#include <QString>

namespace uo {

class MainWindow;

// Grabs the window into an image file once the map of the open district has been drawn at full extent,
// then ends the event loop: 0 when the file was written, 1 when the map could not be drawn, 2 when the
// file could not be written, 3 when drawing took longer than the time allowed. Made before the district
// opens, so that its time limit covers opening too. Nobody is there to answer a dialog: every modal
// dialog is closed as soon as it shows, as its Escape key would (the safe answer: keep, cancel, later),
// and what it said goes to stderr.
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
    // After the district was opened (or none was asked for): with none there is nothing to wait for.
    void start();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void grabWhenSettled();
    void grab();

    MainWindow &m_window;
    QString m_path;
};

} // namespace uo
