#include "app/workstation/permits/permits_menu.h"

#include <QDockWidget>
#include <QEvent>

namespace uo {

PermitsMenu::PermitsMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("PermitsMenu"));
    setToolTipsVisible(true); // an entry that is off says why (e.g. the role signed in may not)
    m_newArea = addAction(QString());
    m_newTrench = addAction(QString());
    m_import = addAction(QString());
    addSeparator();
    m_rules = addAction(QString());
    addSeparator();
    retranslate();
}

void PermitsMenu::addDock(QDockWidget *dock)
{
    addAction(dock->toggleViewAction());
}

void PermitsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void PermitsMenu::retranslate()
{
    setTitle(tr("&Permits"));
    m_newArea->setText(tr("New permit, &area drawn on the map\u2026"));
    m_newTrench->setText(tr("New permit, &trench drawn on the map\u2026"));
    m_import->setText(tr("&Import applications\u2026"));
    m_import->setStatusTip(tr("Add the applications of a CSV or GeoJSON file from the online service"));
    m_rules->setText(tr("Excavation &rules and no-dig calendar\u2026"));
}

} // namespace uo
