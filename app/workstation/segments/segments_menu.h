#pragma once

#include <QMenu>

class QDockWidget;

namespace uo {

// The Segments menu: the split tool and segment edits, the roster, and a toggle for each segment dock.
class SegmentsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit SegmentsMenu(QWidget *parent = nullptr);

    void addDock(QDockWidget *dock);
    QAction *rosterAction() const { return m_roster; }
    // Segment geometry: the split tool (checkable), and edits of the segments selected in the list.
    QAction *splitAction() const { return m_split; }
    QAction *mergeAction() const { return m_merge; }
    QAction *renameAction() const { return m_rename; }
    QAction *proposalsAction() const { return m_proposals; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_roster;
    QAction *m_split;
    QAction *m_merge;
    QAction *m_rename;
    QAction *m_proposals;
};

} // namespace uo
