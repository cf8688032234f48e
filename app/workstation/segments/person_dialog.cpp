#include "app/workstation/segments/person_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace uo {

PersonDialog::PersonDialog(const Person &person, QWidget *parent)
    : QDialog(parent), m_person(person), m_name(new QLineEdit(person.name, this)),
      m_unit(new QLineEdit(person.unit, this)), m_partyBranch(new QLineEdit(person.partyBranch, this)),
      m_contact(new QLineEdit(person.contact, this)), m_role(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("PersonDialog"));
    setWindowTitle(person.id > 0 ? tr("Edit Person") : tr("Add Person"));
    for (const QString &role : Roster::roles())
        m_role->addItem(Roster::roleTitle(role), role);
    m_role->setCurrentIndex(std::max(0, m_role->findData(person.role)));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Party branch:"), m_partyBranch);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PersonDialog::updateOk);
    updateOk();
    // Wide enough for a unit and a Party branch as the bureau names them (铁山坪城管执法中队第4党支部).
    resize(440, sizeHint().height());
}

void PersonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

Person PersonDialog::person() const
{
    Person p = m_person;
    p.name = m_name->text().trimmed();
    p.role = m_role->currentData().toString();
    p.unit = m_unit->text().trimmed();
    p.partyBranch = m_partyBranch->text().trimmed();
    p.contact = m_contact->text().trimmed();
    return p;
}

} // namespace uo
