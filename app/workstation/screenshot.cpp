#include "app/workstation/screenshot.h"

#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace uo {

Screenshot::Screenshot(MainWindow &window, const QString &path, int timeoutSeconds)
    : QObject(&window), m_window(window), m_path(path)
{
    MapCanvas *canvas = window.canvas();
    connect(canvas, &MapCanvas::renderFinished, this, &Screenshot::grabWhenSettled);
    connect(canvas, &MapCanvas::renderFailed, this, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(timeoutSeconds * 1000, this, [timeoutSeconds] {
        QTextStream(stderr) << tr("No map was drawn within %1 seconds.").arg(timeoutSeconds) << Qt::endl;
        QCoreApplication::exit(3);
    });
    // Without a district there is nothing to wait for.
    if (!window.store())
        QTimer::singleShot(0, this, &Screenshot::grab);
}

void Screenshot::grabWhenSettled()
{
    // A resize while the window settles may have asked for another picture: take the last one.
    QTimer::singleShot(0, this, [this] {
        if (m_window.isSummaryReady() && !m_window.canvas()->isRendering())
            grab();
    });
}

void Screenshot::grab()
{
    const QPixmap pixmap = m_window.grab();
    if (!pixmap.save(m_path)) {
        QTextStream(stderr) << tr("Could not write the screenshot to %1.").arg(QDir::toNativeSeparators(m_path))
                            << Qt::endl;
        QCoreApplication::exit(2);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace uo
