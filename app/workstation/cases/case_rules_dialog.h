#pragma once

#include "app/workstation/cases/case_document.h"

#include <QDialog>

class QTableWidget;
class QTabWidget;

namespace uo {

// The case rules as the bureau keeps them: the dispatch rules (first match by priority: class, trade,
// street → level and unit), the monitoring rules (category, quantity, threshold, time to the second
// reading and its margin, the class of the case raised), and each event class's time limit, trade and
// whether it is tracked. Rows are added and removed; OK is refused, with the reason, while a row is not
// valid.
class CaseRulesDialog : public QDialog
{
    Q_OBJECT

public:
    CaseRulesDialog(const CaseDocument::Rules &rules, const QList<QPair<QString, QString>> &streets,
                    const QList<QPair<qint64, QString>> &departments, QWidget *parent = nullptr);
    CaseDocument::Rules rules() const;
    QTableWidget *dispatchTable() const { return m_dispatch; }
    QTableWidget *classTable() const { return m_classes; }
    void accept() override;

private:
    void addDispatchRow(const DispatchRule &rule);
    void addMonitoringRow(const MonitoringRule &rule);

    QList<QPair<QString, QString>> m_streets;
    QList<QPair<qint64, QString>> m_departments;
    QList<EventClass> m_classList;
    QTabWidget *m_tabs;
    QTableWidget *m_dispatch, *m_monitoring, *m_classes;
};

} // namespace uo
