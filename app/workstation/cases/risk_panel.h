#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace uo {

class CaseDocument;
class RiskChart;

// One risk point: its level with the reasons of its changes, its readings and inspections as a chart,
// the alerts the monitoring rules raised for it (each with its case), a button that raises or lowers the
// level with a recorded reason, and one that runs the monitoring rules over the district's records now.
// With no point chosen, the alerts of the whole district, newest first, each opening its case.
class RiskPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RiskPanel(CaseDocument *document, QWidget *parent = nullptr);

    void setRisk(qint64 riskId);
    qint64 riskId() const { return m_risk; }
    RiskChart *chart() const { return m_chart; }
    QListWidget *alerts() const { return m_alerts; }
    void refresh();

signals:
    void caseRequested(qint64 caseId);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void changeLevel();

    CaseDocument *m_document;
    qint64 m_risk = 0;
    QLabel *m_title, *m_changes;
    RiskChart *m_chart;
    QListWidget *m_alerts;
    QComboBox *m_level;
    QPushButton *m_setLevel, *m_check;
};

} // namespace uo
