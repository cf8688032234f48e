#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace uo {

// Asks who takes a workflow step and why. A decision (approve, reject, return for joint excavation)
// also records its disposition route, and needs a reason when a check of the review failed: OK stays
// off until it has one. The workflow checks the same again when the step is written.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    // `signedIn`: the operator is the login signed in to a server district, shown but not typed.
    StepDialog(const QString &permitNo, const QString &to, bool checkFailed, const QString &operatorName,
               bool signedIn = false, QWidget *parent = nullptr);

    QString operatorName() const;
    QString reason() const;
    QString route() const; // empty unless the step is a decision
    bool isAcceptable() const;

    // For tests and scripted use.
    void setReason(const QString &reason);
    void setRoute(const QString &route);

private:
    void update();

    bool m_decision, m_reasonRequired;
    QLineEdit *m_operator;
    QPlainTextEdit *m_reason;
    QComboBox *m_route = nullptr;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace uo
