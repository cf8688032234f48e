#include "app/workstation/recent_files_menu.h"

#include "app/workstation/recent_files.h"
#include "core/server/server_url.h"

#include <QDir>
#include <QEvent>

namespace uo {

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(parent), m_clear(new QAction(this))
{
    setObjectName(QStringLiteral("RecentFilesMenu"));
    connect(m_clear, &QAction::triggered, this, [] { recent_files::clear(); });
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    retranslate();
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    // Not QMenu::clear(), which deletes the actions the menu owns: Clear List among them, added again
    // below (the second opening of the menu crashed).
    const QList<QAction *> old = actions();
    for (QAction *action : old) {
        removeAction(action);
        if (action != m_clear)
            delete action;
    }
    const QStringList paths = recent_files::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        const QString name = recent_files::label(path);
        // The number is an accelerator for the first nine; the file name is what people recognise.
        QAction *action = addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
        const QString shown = server::ServerUrl::isServerUrl(path) ? path : QDir::toNativeSeparators(path);
        action->setStatusTip(shown);
        action->setToolTip(shown);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    addSeparator();
    addAction(m_clear);
    m_clear->setEnabled(!paths.isEmpty());
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void RecentFilesMenu::retranslate()
{
    setTitle(tr("Open &Recent"));
    m_clear->setText(tr("&Clear List"));
}

} // namespace uo
