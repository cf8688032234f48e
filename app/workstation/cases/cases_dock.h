#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace uo {

class CaseDocument;
class CaseFilterModel;
class CaseTableModel;

// A list of cases beside the map, in one of two roles. The register (at the bottom): every case of the
// district, filtered by state, street, lateness, the period reported in and text, with the actions that
// start from it (the density view shows the cases listed). The
// queue (at the side): the cases reported today, newest first, with "Accept and dispatch" taking the
// dispatch rules' suggestion in one click. Choosing a row shows the case in the case panel.
class CasesDock : public QDockWidget
{
    Q_OBJECT

public:
    enum class Role
    {
        Register,
        Queue
    };
    CasesDock(Role role, CaseDocument *document, QWidget *parent = nullptr);

    CaseTableModel *model() const { return m_model; }
    CaseFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *stateBox() const { return m_state; }
    QComboBox *streetBox() const { return m_street; }
    QCheckBox *overdueBox() const { return m_overdue; }
    // "Reported between" and its first and last day: the period the list, and so the density view, shows.
    QCheckBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QToolButton *acceptButton() const { return m_accept; }
    qint64 currentCase() const;
    void chooseCase(qint64 caseId);

signals:
    void caseChosen(qint64 caseId);
    void newRequested();
    void rulesRequested();
    void reportRequested();
    void densityRequested(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The constructor's steps: the widgets of each role, where they go, and what they do.
    void setUpFilters(QWidget *body, QVBoxLayout *layout);
    void setUpRegisterActions(QWidget *body, QHBoxLayout *actions);
    void setUpQueueActions(QWidget *body, QHBoxLayout *actions);
    void setUpView(QWidget *body, QVBoxLayout *layout);
    void connectCases();
    void reload();
    void fillChoices();
    void applyFilters();
    void proposePeriod();
    void updateCount();
    void retranslate();

    Role m_role;
    CaseDocument *m_document;
    CaseTableModel *m_model;
    CaseFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_state = nullptr, *m_street = nullptr;
    QCheckBox *m_overdue = nullptr, *m_period = nullptr;
    QDateEdit *m_from = nullptr, *m_to = nullptr;
    bool m_periodChosen = false; // the user set the dates: a reload keeps them
    QLineEdit *m_text = nullptr;
    QToolButton *m_new = nullptr, *m_rules = nullptr, *m_report = nullptr, *m_accept = nullptr,
                *m_density = nullptr;
    QLabel *m_count;
    qint64 m_pendingChoice = 0;
    qint64 m_chosen = 0;
};

} // namespace uo
