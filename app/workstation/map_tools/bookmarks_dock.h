#pragma once

#include <QDockWidget>
#include <QRectF>

class QListView;
class QToolButton;

namespace uo {

class BookmarkModel;

// The list of the district's spatial bookmarks: add the current view under a name, go to one (double
// click), rename (F2 or in place), delete.
class BookmarksDock : public QDockWidget
{
    Q_OBJECT

public:
    BookmarksDock(BookmarkModel &model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }

public slots:
    // Asks for a name and adds the view the map shows now.
    void addCurrentView();

signals:
    // The extent the map shows now, for a new bookmark (filled by whoever owns the map).
    void currentExtentWanted(QRectF *extent);
    void goToRequested(const QRectF &extent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void goToCurrent();
    void retranslate();
    void updateButtons();

    BookmarkModel &m_model;
    QListView *m_view;
    QToolButton *m_add, *m_goTo, *m_rename, *m_delete;
};

} // namespace uo
