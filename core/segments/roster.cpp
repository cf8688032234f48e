#include "core/segments/roster.h"
#include "core/error/error.h"

#include "core/catalogue/code_lists.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace uo {

namespace {

QVariantMap columnsOf(const Person &p)
{
    // Empty optional fields are stored as NULL, as the demo and the CSV import do.
    auto text = [](const QString &s) { return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed()); };
    return {
        {QStringLiteral("name"), p.name.trimmed()},   {QStringLiteral("role"), p.role},
        {QStringLiteral("unit"), text(p.unit)},       {QStringLiteral("party_branch"), text(p.partyBranch)},
        {QStringLiteral("contact"), text(p.contact)}, {QStringLiteral("active"), p.active ? 1 : 0}};
}

constexpr const char *kSelect = "SELECT id, name, role, coalesce(unit, ''), coalesce(party_branch, ''), "
                                "coalesce(contact, ''), active FROM people ";

Person personFrom(const sql::Statement &st)
{
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.int64(6) != 0};
}

} // namespace

QStringList Roster::roles()
{
    return CodeLists::codes(QStringLiteral("people"), QStringLiteral("role"));
}

QString Roster::roleTitle(const QString &role)
{
    return CodeLists::title(QStringLiteral("people"), QStringLiteral("role"), role);
}

void Roster::sortByName(QList<Person> &people)
{
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    std::stable_sort(people.begin(), people.end(), [&collator](const Person &a, const Person &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
}

QList<Person> Roster::people()
{
    QList<Person> out;
    auto st = m_store.db().prepare(QByteArray(kSelect) + "ORDER BY id");
    while (st.step())
        out.append(personFrom(st));
    sortByName(out);
    return out;
}

QList<Person> Roster::active(const QString &role)
{
    QList<Person> out;
    auto st = m_store.db().prepare(QByteArray(kSelect) + "WHERE role = ? AND active = 1 ORDER BY id");
    st.bind(1, role);
    while (st.step())
        out.append(personFrom(st));
    sortByName(out);
    return out;
}

QHash<qint64, PersonLoad> Roster::loads()
{
    QHash<qint64, PersonLoad> out;
    auto chaired = m_store.db().prepare("SELECT chief_id, count(*), sum(to_m - from_m) FROM road_segments "
                                        "WHERE chief_id IS NOT NULL GROUP BY chief_id");
    while (chaired.step()) {
        PersonLoad &load = out[chaired.int64(0)];
        load.chaired = int(chaired.int64(1));
        load.chairedKm = chaired.real(2) / 1000.0;
    }
    auto helped =
        m_store.db().prepare("SELECT person_id, count(*) FROM segment_collaborators GROUP BY person_id");
    while (helped.step())
        out[helped.int64(0)].collaborations = int(helped.int64(1));
    return out;
}

QString Roster::loadText(const PersonLoad &load)
{
    if (load.chaired == 0 && load.collaborations == 0)
        return tr("no segments");
    QStringList parts;
    if (load.chaired > 0)
        parts.append(tr("chief of %n segment(s), %1 km", nullptr, load.chaired)
                         .arg(QLocale().toString(load.chairedKm, 'f', 1)));
    if (load.collaborations > 0)
        parts.append(tr("collaborator on %n segment(s)", nullptr, load.collaborations));
    return parts.join(tr(", "));
}

Person Roster::person(qint64 id)
{
    auto st = m_store.db().prepare(QByteArray(kSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw RequestError(tr("There is no person %1 in the roster.").arg(id));
    return personFrom(st);
}

bool Roster::exists(qint64 id)
{
    auto st = m_store.db().prepare("SELECT count(*) FROM people WHERE id = ?");
    st.bind(1, id);
    return st.step() && st.int64(0) > 0;
}

QList<qint64> Roster::chairedSegments(qint64 personId)
{
    QList<qint64> out;
    auto st = m_store.db().prepare("SELECT s.id FROM road_segments s JOIN roads r ON r.id = s.road_id "
                                   "WHERE s.chief_id = ? ORDER BY r.name, r.id, s.from_m");
    st.bind(1, personId);
    while (st.step())
        out.append(st.int64(0));
    return out;
}

QHash<qint64, int> Roster::chairedCounts()
{
    QHash<qint64, int> out;
    auto st = m_store.db().prepare("SELECT chief_id, count(*) FROM road_segments WHERE chief_id IS NOT NULL "
                                   "GROUP BY chief_id");
    while (st.step())
        out.insert(st.int64(0), int(st.int64(1)));
    return out;
}

void Roster::check(const Person &person)
{
    if (person.name.trimmed().isEmpty())
        throw RequestError(tr("A person needs a name."));
    if (!roles().contains(person.role))
        throw RequestError(
            tr("\"%1\" is not a role; a person is a city-management officer or works in municipal "
               "works, greening or sanitation.")
                .arg(person.role));
}

qint64 Roster::add(const Person &person)
{
    check(person);
    QVariantMap values = columnsOf(person);
    if (person.id > 0)
        values.insert(QStringLiteral("id"), person.id);
    return m_store.insertRow(QStringLiteral("people"), values);
}

void Roster::edit(const Person &person)
{
    check(person);
    const Person old = this->person(person.id);
    if (old.role != person.role) {
        const qint64 chaired = chairedSegments(person.id).size();
        if (chaired > 0 && person.role != QLatin1String("officer"))
            throw RequestError(tr("%1 chairs %n segment(s); give them a new chief before changing the role.",
                                  nullptr, int(chaired))
                                   .arg(old.name));
        auto st = m_store.db().prepare("SELECT count(*) FROM segment_collaborators WHERE person_id = ?");
        st.bind(1, person.id);
        const int helps = st.step() ? int(st.int64(0)) : 0;
        if (helps > 0 && person.role == QLatin1String("officer"))
            throw RequestError(
                tr("%1 collaborates on %n segment(s); take them off those segments before making them "
                   "an officer.",
                   nullptr, helps)
                    .arg(old.name));
    }
    QVariantMap values = columnsOf(person);
    m_store.updateRow(QStringLiteral("people"), person.id, values);
}

void Roster::setActive(qint64 id, bool active)
{
    person(id); // a clear refusal for an unknown id
    m_store.updateRow(QStringLiteral("people"), id, {{QStringLiteral("active"), active ? 1 : 0}});
}

QList<qint64> Roster::deactivate(qint64 id)
{
    setActive(id, false);
    return chairedSegments(id);
}

void Roster::reactivate(qint64 id)
{
    setActive(id, true);
}

void Roster::remove(qint64 id)
{
    const Person old = person(id);
    auto st = m_store.db().prepare("SELECT (SELECT count(*) FROM road_segments WHERE chief_id = ?1) + "
                                   "(SELECT count(*) FROM segment_collaborators WHERE person_id = ?1)");
    st.bind(1, id);
    if (st.step() && st.int64(0) > 0)
        throw RequestError(
            tr("%1 still works segments and cannot be removed; deactivate them instead.").arg(old.name));
    m_store.deleteRow(QStringLiteral("people"), id);
}

} // namespace uo
