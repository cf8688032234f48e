#include "app/workstation/screenshot.h"

#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

namespace uo {

Screenshot::Screenshot(MainWindow &window, const QString &path, std::optional<View> view, int timeoutSeconds)
    : QObject(&window), m_window(window), m_path(path)
{
    MapCanvas *canvas = window.canvas();
    if (view) {
        // After the first map has been fitted to the district, which happens as it is read.
        connect(
            canvas, &MapCanvas::snapshotChanged, this,
            [canvas, view] {
                QTimer::singleShot(0, canvas, [canvas, view] {
                    MapViewport viewport = canvas->viewport();
                    viewport.setCentre(view->centre);
                    viewport.setMapUnitsPerPixel(view->scale * 0.0254 / canvas->logicalDpiX());
                    canvas->setViewport(viewport);
                });
            },
            Qt::SingleShotConnection);
    }
    connect(canvas, &MapCanvas::renderFinished, this, &Screenshot::grabWhenSettled);
    connect(canvas, &MapCanvas::renderFailed, this, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(timeoutSeconds * 1000, this, [timeoutSeconds] {
        QTextStream(stderr) << tr("No map was drawn within %1 seconds.").arg(timeoutSeconds) << Qt::endl;
        QCoreApplication::exit(3);
        // Should the limit fire before the main loop runs (while opening), exit() has no loop to end.
        QTimer::singleShot(2000, [] { std::_Exit(3); });
    });
    qApp->installEventFilter(this);
}

void Screenshot::start()
{
    if (!m_window.store())
        QTimer::singleShot(0, this, &Screenshot::grab);
}

bool Screenshot::eventFilter(QObject *watched, QEvent *event)
{
    auto *dialog = qobject_cast<QDialog *>(watched);
    if (dialog && event->type() == QEvent::Show && dialog->isModal()) {
        QString text = dialog->windowTitle();
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            text += QStringLiteral(": ") + box->text();
        QTextStream(stderr)
            << tr("A dialog was closed unanswered (no one is there to answer it): %1").arg(text) << Qt::endl;
        QTimer::singleShot(0, dialog, &QDialog::reject);
    }
    return QObject::eventFilter(watched, event);
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
        QTextStream(stderr)
            << tr("Could not write the screenshot to %1.").arg(QDir::toNativeSeparators(m_path)) << Qt::endl;
        QCoreApplication::exit(2);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace uo
