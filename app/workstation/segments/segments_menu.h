#pragma once

#include <QMenu>

class QDockWidget;

namespace uo {

// The Segments menu: shows or hides each segment dock and opens the roster.
class SegmentsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit SegmentsMenu(QWidget *parent = nullptr);

    void addDock(QDockWidget *dock);
    QAction *rosterAction() const { return m_roster; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_roster;
};

} // namespace uo
