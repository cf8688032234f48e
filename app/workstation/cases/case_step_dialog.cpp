#include "app/workstation/cases/case_step_dialog.h"

#include "core/cases/case_labels.h"
#include "core/cases/case_workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace uo {

CaseStepDialog::CaseStepDialog(const QString &caseNo, const QString &from, const QString &to,
                               const QString &operatorName, bool signedIn, QWidget *parent)
    : QDialog(parent),
      m_noteRequired(to == QLatin1String("rejected") || CaseWorkflow::isReopen(from, to) ||
                     (from == QLatin1String("reported") && to == QLatin1String("dispatched")))
{
    setWindowTitle(tr("Case %1: %2").arg(caseNo, CaseLabels::state(to)));
    auto *form = new QFormLayout(this);
    m_operator = new QLineEdit(operatorName, this);
    m_operator->setReadOnly(signedIn);
    if (signedIn)
        m_operator->setToolTip(tr("On a server district every step is recorded under the login signed in."));
    form->addRow(tr("Taken by"), m_operator);
    if (to == QLatin1String("dispatched")) {
        m_unit = new QComboBox(this);
        m_why = new QLabel(this);
        m_why->setWordWrap(true);
        form->addRow(tr("Dispatch to"), m_unit);
        form->addRow(QString(), m_why);
    }
    if (to == QLatin1String("closed")) {
        m_route = new QComboBox(this);
        for (const QString &key : CaseLabels::routes())
            m_route->addItem(CaseLabels::route(key), key);
        form->addRow(tr("Solved by"), m_route);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(m_noteRequired ? tr("Say why (needed)") : tr("A note (optional)"));
    m_note->setFixedHeight(80);
    form->addRow(tr("Note"), m_note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CaseStepDialog::update);
    update();
    resize(480, sizeHint().height());
}

void CaseStepDialog::setUnits(const QList<CaseUnits::Choice> &choices, const QString &suggested,
                              const QString &why)
{
    if (!m_unit)
        return;
    m_unit->clear();
    for (const CaseUnits::Choice &c : choices)
        m_unit->addItem(QStringLiteral("%1 — %2").arg(CaseLabels::level(c.level), c.name),
                        QStringList{c.level, c.unit});
    for (int i = 0; i < m_unit->count(); ++i)
        if (m_unit->itemData(i).toStringList().value(1) == suggested)
            m_unit->setCurrentIndex(i);
    m_why->setText(why);
    update();
}

void CaseStepDialog::setRoute(const QString &route)
{
    if (m_route)
        m_route->setCurrentIndex(std::max(0, m_route->findData(route)));
}

QString CaseStepDialog::operatorName() const
{
    return m_operator->text().trimmed();
}

QString CaseStepDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString CaseStepDialog::level() const
{
    return m_unit ? m_unit->currentData().toStringList().value(0) : QString();
}

QString CaseStepDialog::unit() const
{
    return m_unit ? m_unit->currentData().toStringList().value(1) : QString();
}

QString CaseStepDialog::route() const
{
    return m_route ? m_route->currentData().toString() : QString();
}

bool CaseStepDialog::isAcceptable() const
{
    return (!m_noteRequired || !note().isEmpty()) && (!m_unit || !unit().isEmpty());
}

void CaseStepDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void CaseStepDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

} // namespace uo
