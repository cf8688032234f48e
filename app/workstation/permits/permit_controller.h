#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMenu;

namespace uo {

class MainWindow;
class PermitDocument;
class PermitDrawTool;
class PermitOverlay;
class PermitReviewPanel;
class PermitStatisticsDock;
class PermitsDock;
class PermitsMenu;
struct Geometry;

// Puts the road-excavation permits into the main window: the register, the review panel with the
// workflow, the statistics, the permit overlay and drawing tool on the map, the rules dialog and their
// menu. They follow the district the window opens and push their edits on the window's undo stack.
class PermitController : public QObject
{
    Q_OBJECT

public:
    explicit PermitController(MainWindow &window);

    PermitDocument *document() const { return m_document; }
    PermitsDock *registerDock() const { return m_register; }
    PermitReviewPanel *reviewPanel() const { return m_panel; }
    PermitOverlay *overlay() const { return m_overlay; }
    QMenu *menu() const { return m_menu; }

    // Puts a permit under review: chooses it in the register, shows it in the panel and on the map.
    void review(qint64 permitId);
    void showRules();
    void importApplications();

private:
    // The constructor's steps.
    void placeDocks(PermitsMenu *menu);
    void connectMenu(PermitsMenu *menu);
    void connectRegister();
    void connectReview();
    void connectDrawTool();
    void connectDocument();
    void drawn(const Geometry &area, double trenchM);
    void editPermit(qint64 permitId);
    void zoomTo(const QRectF &mapRect, double contextM);
    void showMostDug(const QList<qint64> &roadIds);
    void warn(const QString &message);

    MainWindow &m_window;
    PermitDocument *m_document;
    PermitsDock *m_register;
    QDockWidget *m_reviewDock;
    PermitReviewPanel *m_panel;
    PermitStatisticsDock *m_statistics;
    PermitOverlay *m_overlay;
    PermitDrawTool *m_tool;
    QMenu *m_menu;
    qint64 m_redrawing = 0; // the permit whose area is being drawn again; 0 for a new permit
};

} // namespace uo
