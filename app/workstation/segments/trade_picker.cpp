#include "app/workstation/segments/trade_picker.h"

namespace uo {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kInitialRole = Qt::UserRole + 2;
} // namespace

TradePicker::TradePicker(const QString &role, QWidget *parent) : QListWidget(parent), m_role(role)
{
    setObjectName(QStringLiteral("TradePicker_") + role);
    setUniformItemSizes(true);
}

QListWidgetItem *TradePicker::addPerson(const Person &person, Qt::CheckState state, const PersonLoad &load)
{
    auto *item = new QListWidgetItem(this);
    const QString name = person.active ? person.name : tr("%1 (inactive)").arg(person.name);
    item->setText(tr("%1 (%2)").arg(name, Roster::loadText(load)));
    item->setToolTip(person.unit);
    // Not tristate for the user: a click decides for all the selected segments.
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(state);
    item->setData(kIdRole, person.id);
    item->setData(kInitialRole, int(state));
    return item;
}

void TradePicker::setPeople(const QList<Person> &candidates, const QHash<qint64, int> &onSegments,
                            const QHash<qint64, Person> &everyone, int segments,
                            const QHash<qint64, PersonLoad> &loads)
{
    clear();
    auto stateOf = [&](qint64 id) {
        const int n = onSegments.value(id);
        return n == 0 ? Qt::Unchecked : n >= segments ? Qt::Checked : Qt::PartiallyChecked;
    };
    // The segments' own people first: in a district of hundreds they would be lost in the list.
    QList<Person> own;
    QList<qint64> listed;
    for (auto it = onSegments.cbegin(); it != onSegments.cend(); ++it) {
        const Person p = everyone.value(it.key());
        if (p.role == m_role) {
            own.append(p);
            listed.append(p.id);
        }
    }
    Roster::sortByName(own);
    for (const Person &p : std::as_const(own))
        addPerson(p, stateOf(p.id), loads.value(p.id));
    for (const Person &p : candidates)
        if (!listed.contains(p.id))
            addPerson(p, Qt::Unchecked, loads.value(p.id));
}

void TradePicker::setFilter(const QString &text)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        const bool onSegments = it->data(kInitialRole).toInt() != Qt::Unchecked;
        it->setHidden(!onSegments && !text.isEmpty() && !it->text().contains(text, Qt::CaseInsensitive) &&
                      !it->toolTip().contains(text, Qt::CaseInsensitive));
    }
}

QList<qint64> TradePicker::added() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        const QListWidgetItem *it = item(i);
        if (it->checkState() == Qt::Checked && it->data(kInitialRole).toInt() != Qt::Checked)
            ids.append(it->data(kIdRole).toLongLong());
    }
    return ids;
}

QList<qint64> TradePicker::removed() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        const QListWidgetItem *it = item(i);
        if (it->checkState() == Qt::Unchecked && it->data(kInitialRole).toInt() != Qt::Unchecked)
            ids.append(it->data(kIdRole).toLongLong());
    }
    return ids;
}

bool TradePicker::setPicked(qint64 personId, bool picked)
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(kIdRole).toLongLong() == personId) {
            item(i)->setCheckState(picked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

} // namespace uo
