#pragma once

#include <QMenu>

class QDockWidget;

namespace uo {

// The Cases menu: a new case placed on the map, the monitoring rules run now, the rules, the monthly
// report, and a toggle for each case dock.
class CasesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit CasesMenu(QWidget *parent = nullptr);

    QAction *newCaseAction() const { return m_newCase; }
    QAction *checkAlertsAction() const { return m_checkAlerts; }
    QAction *rulesAction() const { return m_rules; }
    QAction *reportAction() const { return m_report; }
    void addDock(QDockWidget *dock);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_newCase, *m_checkAlerts, *m_rules, *m_report;
};

} // namespace uo
