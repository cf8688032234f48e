#include "segments_menu.h"

#include <QDockWidget>
#include <QEvent>

namespace uo {

SegmentsMenu::SegmentsMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("SegmentsMenu"));
    m_roster = addAction(QString());
    m_roster->setObjectName(QStringLiteral("RosterAction"));
    addSeparator();
    retranslate();
}

void SegmentsMenu::addDock(QDockWidget *dock)
{
    // The toggle takes the dock's title, which the dock translates itself.
    addAction(dock->toggleViewAction());
}

void SegmentsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void SegmentsMenu::retranslate()
{
    setTitle(tr("&Segments"));
    m_roster->setText(tr("&Roster\u2026"));
    m_roster->setStatusTip(tr("Add, edit, deactivate and reactivate the people who work the segments"));
}

} // namespace uo
