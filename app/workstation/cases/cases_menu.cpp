#include "app/workstation/cases/cases_menu.h"

#include <QDockWidget>
#include <QEvent>

namespace uo {

CasesMenu::CasesMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("CasesMenu"));
    m_newCase = addAction(QString());
    m_newCase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_checkAlerts = addAction(QString());
    addSeparator();
    m_rules = addAction(QString());
    m_report = addAction(QString());
    addSeparator();
    retranslate();
}

void CasesMenu::addDock(QDockWidget *dock)
{
    addAction(dock->toggleViewAction());
}

void CasesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void CasesMenu::retranslate()
{
    setTitle(tr("Ca&ses"));
    m_newCase->setText(tr("&New case at a place on the map\u2026"));
    m_checkAlerts->setText(tr("Run the &monitoring rules now"));
    m_checkAlerts->setStatusTip(
        tr("Store the alerts the rules find in the risk records and raise a case for each"));
    m_rules->setText(tr("Case &rules\u2026"));
    m_report->setText(tr("Monthly case &report\u2026"));
}

} // namespace uo
