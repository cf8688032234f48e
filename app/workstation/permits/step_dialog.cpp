#include "app/workstation/permits/step_dialog.h"

#include "core/permits/permit_labels.h"
#include "core/permits/permit_workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace uo {

StepDialog::StepDialog(const QString &permitNo, const QString &to, bool checkFailed,
                       const QString &operatorName, bool signedIn, QWidget *parent)
    : QDialog(parent), m_decision(PermitWorkflow::isDecision(to)), m_reasonRequired(m_decision && checkFailed)
{
    setWindowTitle(tr("%1: %2").arg(permitNo, PermitLabels::status(to)));
    auto *form = new QFormLayout;
    m_operator = new QLineEdit(operatorName, this);
    m_operator->setObjectName(QStringLiteral("operator"));
    if (signedIn) {
        m_operator->setReadOnly(true);
        m_operator->setToolTip(tr("On a server district every step is recorded under the login signed in."));
    }
    form->addRow(tr("Operator:"), m_operator);
    if (m_decision) {
        m_route = new QComboBox(this);
        m_route->addItem(tr("(choose how the case was disposed of)"), QString());
        for (const QString &route : PermitWorkflow::routes())
            m_route->addItem(PermitLabels::route(route), route);
        form->addRow(tr("Disposition route:"), m_route);
        connect(m_route, &QComboBox::currentIndexChanged, this, &StepDialog::update);
    }
    m_reason = new QPlainTextEdit(this);
    m_reason->setPlaceholderText(
        m_reasonRequired ? tr("Required: a check failed. Why is this decision right?") : tr("Optional note"));
    m_reason->setMinimumHeight(80);
    form->addRow(m_reasonRequired ? tr("Reason (required):") : tr("Reason:"), m_reason);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #a00000"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StepDialog::update);
    connect(m_operator, &QLineEdit::textChanged, this, &StepDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());
    update();
}

QString StepDialog::operatorName() const
{
    return m_operator->text().trimmed();
}

QString StepDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString StepDialog::route() const
{
    return m_route ? m_route->currentData().toString() : QString();
}

bool StepDialog::isAcceptable() const
{
    if (operatorName().isEmpty())
        return false;
    if (m_decision && route().isEmpty())
        return false;
    return !(m_reasonRequired && reason().isEmpty());
}

void StepDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void StepDialog::setRoute(const QString &route)
{
    if (m_route)
        m_route->setCurrentIndex(std::max(0, m_route->findData(route)));
}

void StepDialog::update()
{
    QStringList missing;
    if (operatorName().isEmpty())
        missing << tr("Name who takes this step.");
    if (m_decision && route().isEmpty())
        missing << tr("A decision records its disposition route.");
    if (m_reasonRequired && reason().isEmpty())
        missing << tr("A check of the review failed: the decision needs a reason.");
    m_hint->setText(missing.join(QLatin1Char('\n')));
    m_hint->setVisible(!missing.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

} // namespace uo
