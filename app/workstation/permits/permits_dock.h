#pragma once

#include "app/workstation/permits/permit_draw_tool.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace uo {

class PermitDocument;
class PermitFilterModel;
class PermitTableModel;

// The permit register: every permit of the district with the outcome of its checks and their reasons,
// filterable by status, check outcome, utility type, applicant, period, street and segment, with the
// actions that start from it (new permit drawn on the map, edit, import applications, rules,
// statistics). Choosing a row puts that permit under review. The filters stay as the user set them
// when a decision moves the permit under review out of them: it stays under review, off the list.
class PermitsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PermitsDock(PermitDocument *document, QWidget *parent = nullptr);

    PermitTableModel *model() const { return m_model; }
    PermitFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    qint64 currentPermit() const;
    // Chooses the permit, or remembers it while the register is being read. A permit the filters hide
    // clears them when `reveal`; else it is not chosen and the filters stay.
    void choosePermit(qint64 permitId, bool reveal = true);

    // The filter widgets, for tests and for the statistics to show a road's permits.
    QComboBox *statusBox() const { return m_status; }
    QComboBox *checkBox() const { return m_check; }
    QComboBox *utilityBox() const { return m_utility; }
    QLineEdit *applicantEdit() const { return m_applicant; }
    QComboBox *streetBox() const { return m_street; }
    QComboBox *segmentBox() const { return m_segment; }
    void setPeriod(QDate from, QDate to); // null dates: no period

signals:
    void permitChosen(qint64 permitId);
    void newRequested(uo::PermitDrawTool::Shape shape, double trenchWidth);
    void editRequested(qint64 permitId);
    void importRequested();
    void rulesRequested();
    void statisticsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The constructor's steps: the widgets, where they go, and what each set of them does.
    void createFilters(QWidget *body);
    void createActions(QWidget *body);
    void createView(QWidget *body);
    void layOut(QWidget *body);
    void connectFilters();
    void connectActions();
    void connectRegister();
    void reload();
    void fillChoices();
    void applyFilters();
    void updateCount();
    void retranslate();

    PermitDocument *m_document;
    PermitTableModel *m_model;
    PermitFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_status, *m_check, *m_utility, *m_street, *m_segment;
    QLineEdit *m_applicant;
    QCheckBox *m_periodSet;
    QDateEdit *m_from, *m_to;
    QToolButton *m_newArea, *m_newTrench, *m_edit, *m_import, *m_rules, *m_statistics;
    QDoubleSpinBox *m_width;
    QLabel *m_count, *m_widthLabel;
    qint64 m_pendingChoice = 0; // to choose once the register being read arrives
    bool m_pendingReveal = true;
    bool m_refreshing = false; // rows come and go under a permit being kept under review
    qint64 m_chosen = 0;       // the last permit announced by permitChosen
};

} // namespace uo
