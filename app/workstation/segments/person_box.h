#pragma once

#include "core/segments/roster.h"

#include <QComboBox>

namespace uo {

// Where one person is picked (a segment's chief, whose segments to show): the people in pinyin
// order, each with what they carry now (Roster::loadText), and a field to type any part of a name or
// unit to find them among hundreds. A few fixed entries ("(no chief)") may come first; their data is
// an id of 0 or below. Data of a person's entry: their id.
class PersonBox : public QComboBox
{
    Q_OBJECT

public:
    explicit PersonBox(QWidget *parent = nullptr);

    // Fills the list: `fixed` entries first (text, id), then `people` (sorted here) with their load.
    void setPeople(const QList<QPair<QString, qint64>> &fixed, QList<Person> people,
                   const QHash<qint64, PersonLoad> &loads);
    // Adds one more person at the end (an inactive chief kept for what a segment has).
    void addPerson(const QString &text, qint64 id);
    qint64 personId() const { return currentData().toLongLong(); }
    // Makes the entry of `id` current; false when it is not listed.
    bool setPersonId(qint64 id);

    static QString entryText(const Person &person, const PersonLoad &load);

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace uo
