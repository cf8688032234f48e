#include "app/workstation/segments/segments_menu.h"

#include <QDockWidget>
#include <QEvent>
#include <QKeySequence>

namespace uo {

SegmentsMenu::SegmentsMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("SegmentsMenu"));
    setToolTipsVisible(true); // an entry that is off says why (e.g. the role signed in may not)
    m_split = addAction(QString());
    m_split->setObjectName(QStringLiteral("SplitRoadsAction"));
    m_split->setCheckable(true);
    m_split->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_merge = addAction(QString());
    m_merge->setObjectName(QStringLiteral("MergeSegmentsAction"));
    m_rename = addAction(QString());
    m_rename->setObjectName(QStringLiteral("RenameSegmentAction"));
    m_proposals = addAction(QString());
    m_proposals->setObjectName(QStringLiteral("SegmentProposalsAction"));
    addSeparator();
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
    m_split->setText(tr("S&plit Roads on the Map"));
    m_split->setStatusTip(tr("Click points on a road to cut it into segments; drag a boundary to move it, "
                             "Shift+click it to merge"));
    m_merge->setText(tr("&Merge with Next"));
    m_merge->setStatusTip(tr("Join the selected segment with the next one along its road"));
    m_rename->setText(tr("Re&name Segment\u2026"));
    m_proposals->setText(tr("Pr&opose Segments\u2026"));
    m_proposals->setStatusTip(
        tr("Cut roads at crossings of chosen grades or into pieces of a maximum length"));
    m_roster->setText(tr("&Roster\u2026"));
    m_roster->setStatusTip(tr("Add, edit, deactivate and reactivate the people who work the segments"));
}

} // namespace uo
