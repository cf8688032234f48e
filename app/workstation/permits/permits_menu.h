#pragma once

#include <QMenu>

class QDockWidget;

namespace uo {

// The Permits menu: new permits drawn on the map, the import of applications, the rules, and a toggle
// for each permit dock.
class PermitsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit PermitsMenu(QWidget *parent = nullptr);

    QAction *newAreaAction() const { return m_newArea; }
    QAction *newTrenchAction() const { return m_newTrench; }
    QAction *importAction() const { return m_import; }
    QAction *rulesAction() const { return m_rules; }
    void addDock(QDockWidget *dock);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_newArea, *m_newTrench, *m_import, *m_rules;
};

} // namespace uo
