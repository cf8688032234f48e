#pragma once

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace uo {

class SegmentDocument;
class SegmentFilterModel;
class SegmentTableModel;

// The list of every segment, to find and select those to assign: a filter on road, segment and chief
// names, an "unassigned only" switch, and a table that allows selecting many rows.
class SegmentsDock : public QDockWidget
{
    Q_OBJECT

public:
    SegmentsDock(SegmentDocument *document, QWidget *parent = nullptr);

    SegmentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Ids of the selected segments, in the order shown.
    QList<qint64> selectedSegments() const;
    void selectSegments(const QList<qint64> &ids);

signals:
    void selectionChanged(const QList<qint64> &segmentIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateCount();
    void retranslate();

    SegmentDocument *m_document;
    SegmentTableModel *m_model;
    SegmentFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QCheckBox *m_unassignedOnly;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace uo
