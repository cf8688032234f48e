#pragma once

#include "core/permits/nodig_calendar.h"
#include "core/permits/permit_rules.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace uo {

class NoDigCalendarModel;

// The district's excavation rules: each rule switched on or off with its parameters (years, buffers,
// limits), and the no-dig calendar as an editable table. The caller saves what the dialog returns.
class RulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RulesDialog(QWidget *parent = nullptr);

    void setRules(const PermitRules &rules);
    PermitRules rules() const;
    void setPeriods(const QList<NoDigPeriod> &periods);
    QList<NoDigPeriod> periods() const;
    QString problem() const;

private:
    void update();

    QCheckBox *m_noDig, *m_conflicts, *m_sameUtility, *m_calendarRule, *m_risk, *m_components, *m_segments,
        *m_trench;
    QSpinBox *m_newRoadYears, *m_repairYears, *m_sameUtilityYears;
    QDoubleSpinBox *m_conflictDistance, *m_riskBuffer, *m_componentBuffer, *m_reach, *m_maxTrench, *m_maxArea;
    NoDigCalendarModel *m_calendar;
    QTableView *m_calendarView;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace uo
