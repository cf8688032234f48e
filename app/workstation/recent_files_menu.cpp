#include "app/workstation/recent_files_menu.h"

#include "app/workstation/recent_files.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace uo {

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(parent), m_clear(new QAction(this))
{
    connect(m_clear, &QAction::triggered, this, [] { recent_files::clear(); });
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    retranslate();
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList paths = recent_files::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        const QString name = QFileInfo(path).fileName();
        // The number is an accelerator for the first nine; the file name is what people recognise.
        QAction *action = addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
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
