#pragma once

#include "core/cases/case_units.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace uo {

// Asks for what a step of a case records: who takes it and a note; for a dispatch the unit (the dispatch
// rules' suggestion first, and the rule named), for a close the route that solved it (proposed from the
// case's dispatches). Not accepting, reopening and sending back need a note: OK stays off until there is
// one. The workflow checks the same again when the step is written.
class CaseStepDialog : public QDialog
{
    Q_OBJECT

public:
    // `signedIn`: the operator is the login signed in to a server district, shown but not typed.
    CaseStepDialog(const QString &caseNo, const QString &from, const QString &to, const QString &operatorName,
                   bool signedIn = false, QWidget *parent = nullptr);

    // The units to offer for a dispatch, with the one to choose first and why.
    void setUnits(const QList<CaseUnits::Choice> &choices, const QString &suggested, const QString &why);
    void setRoute(const QString &route);

    QString operatorName() const;
    QString note() const;
    QString level() const;
    QString unit() const;
    QString route() const;
    bool isAcceptable() const;
    void setNote(const QString &note);

private:
    void update();

    bool m_noteRequired;
    QLineEdit *m_operator;
    QPlainTextEdit *m_note;
    QComboBox *m_unit = nullptr, *m_route = nullptr;
    QLabel *m_why = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace uo
