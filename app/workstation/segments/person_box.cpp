#include "app/workstation/segments/person_box.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QScrollBar>

namespace uo {

PersonBox::PersonBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    // Typing any part of a name or unit lists the people who match.
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setMaxVisibleItems(15);
    // A long entry shows from its name, not scrolled to its end.
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (lineEdit())
            lineEdit()->home(false);
    });
}

QString PersonBox::entryText(const Person &person, const PersonLoad &load)
{
    QString name = person.name;
    if (!person.unit.isEmpty())
        name = tr("%1 \u2014 %2").arg(name, person.unit);
    if (!person.active)
        name = tr("%1 (inactive)").arg(name);
    return tr("%1 (%2)").arg(name, Roster::loadText(load));
}

void PersonBox::setPeople(const QList<QPair<QString, qint64>> &fixed, QList<Person> people,
                          const QHash<qint64, PersonLoad> &loads)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const auto &[text, id] : fixed)
        addItem(text, id);
    Roster::sortByName(people);
    for (const Person &p : std::as_const(people))
        addItem(entryText(p, loads.value(p.id)), p.id);
    // The list as wide as its entries, whatever the width of the field in a narrow dock.
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + view()->verticalScrollBar()->sizeHint().width());
}

void PersonBox::addPerson(const QString &text, qint64 id)
{
    addItem(text, id);
}

bool PersonBox::setPersonId(qint64 id)
{
    const int index = findData(id);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void PersonBox::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    // What was typed and not chosen goes: the field shows who is picked.
    if (lineEdit() && currentIndex() >= 0 && lineEdit()->text() != itemText(currentIndex()))
        lineEdit()->setText(itemText(currentIndex()));
}

} // namespace uo
