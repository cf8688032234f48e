#pragma once

#include "app/workstation/segments/person_box.h"

#include <QDockWidget>
#include <QRectF>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace uo {

class MySegmentsModel;
class SegmentDocument;

// "My segments": choose a person and see the segments they chair or work on, what lies along each and
// the open cases on it, and the details of the segment picked, whose open cases go to the case panel. The map
// is asked to show them through zoomRequested, and, while "Only mine on the map" is checked and the dock is
// shown, to set the rest of the map back through focusChanged.
class MySegmentsDock : public QDockWidget
{
    Q_OBJECT

public:
    MySegmentsDock(SegmentDocument *document, QWidget *parent = nullptr);

    void setPerson(qint64 personId);
    // Reads the person's segments again (after a case step, say), keeping the segment picked.
    void refresh();
    // setPerson(), then asks the map to show the person's segments.
    void showPerson(qint64 personId);
    qint64 person() const;
    MySegmentsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    QCheckBox *focusBox() const { return m_focus; }
    // The segments the map should bring forward: the person's, while the dock is shown with the focus
    // box checked; otherwise none.
    QSet<qint64> focusSegments() const;

signals:
    // A rectangle in the store CRS for the map to show: the person's segments, or the one picked.
    void zoomRequested(const QRectF &mapRect);
    void focusChanged(const QSet<qint64> &segmentIds);
    // An open case in the details was clicked: show it.
    void caseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillPeople();
    void reload();
    void showDetails();
    void retranslate();

    SegmentDocument *m_document;
    MySegmentsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_personLabel;
    PersonBox *m_person;
    QPushButton *m_zoom;
    QCheckBox *m_focus;
    bool m_shown = false;
    QTableView *m_view;
    QTextBrowser *m_details;
};

} // namespace uo
