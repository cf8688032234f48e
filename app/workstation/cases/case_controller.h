#pragma once

#include <QObject>
#include <QPointF>

class QDockWidget;
class QMenu;

namespace uo {

class CaseDocument;
class CaseOverlay;
class CasePanel;
class CasePlaceTool;
class CasesDock;
class CasesMenu;
class MainWindow;
class RiskPanel;

// Puts the cases and risk alerts into the main window: the register at the bottom, today's queue and
// the case and risk panels at the side, the case overlay (the chosen case, the density view) and the
// placing tool on the map, a risk point's chart and a component's or segment's open cases in Identify,
// the rules dialog, the monthly report and the Cases menu. They follow the district the window opens.
class CaseController : public QObject
{
    Q_OBJECT

public:
    explicit CaseController(MainWindow &window);

    CaseDocument *document() const { return m_document; }
    CasesDock *registerDock() const { return m_register; }
    CasePanel *casePanel() const { return m_panel; }
    QDockWidget *caseDock() const { return m_caseDock; }
    CaseOverlay *overlay() const { return m_overlay; }
    QMenu *menu() const;

    // Shows a case: in the panel, chosen in the register, ringed on the map.
    void showCase(qint64 caseId);
    void newCaseAt(QPointF mapPoint);
    void showRules();
    void printMonthlyReport();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeDocks();
    void connectMenu();
    void connectViews();
    void connectWindow();
    void retranslate();
    void identified(const QString &table, qint64 id);
    void warn(const QString &message);
    void updateDensity();

    MainWindow &m_window;
    CaseDocument *m_document;
    CasesDock *m_register, *m_queue;
    QDockWidget *m_caseDock, *m_riskDock;
    CasePanel *m_panel;
    RiskPanel *m_riskPanel;
    CaseOverlay *m_overlay;
    CasePlaceTool *m_tool;
    CasesMenu *m_menu;
    bool m_density = false;
};

} // namespace uo
