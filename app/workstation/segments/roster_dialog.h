#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace uo {

class RosterModel;
class SegmentDocument;
struct Person;

// The roster: add and edit people, deactivate those who leave and reactivate those who return. Every
// change is one step on the undo stack. Deactivating someone who chairs segments asks first and says
// how many segments will need a new chief.
class RosterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RosterDialog(SegmentDocument *document, QWidget *parent = nullptr);

    RosterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void updateButtons();
    bool selected(Person *person) const;
    void addPerson();
    void editSelected();
    void setSelectedActive(bool active);

    SegmentDocument *m_document;
    RosterModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QCheckBox *m_showInactive;
    QTableView *m_view;
    QPushButton *m_add, *m_edit, *m_deactivate, *m_reactivate, *m_close;
};

} // namespace uo
