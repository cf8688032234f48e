#pragma once

#include "core/segments/roster.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace uo {

// The fields of one person of the roster, for adding or editing them.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PersonDialog(const Person &person, QWidget *parent = nullptr);

    Person person() const;

private:
    void updateOk();

    Person m_person;
    QLineEdit *m_name, *m_unit, *m_partyBranch, *m_contact;
    QComboBox *m_role;
    QDialogButtonBox *m_buttons;
};

} // namespace uo
