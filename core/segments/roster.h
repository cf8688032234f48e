#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;

// A person who works the segments, as the roster keeps them.
struct Person
{
    qint64 id = 0; // 0: not in the store yet
    QString name;
    QString role; // officer, municipal, greening or sanitation (Roster::roles())
    QString unit;
    QString partyBranch;
    QString contact;
    bool active = true;

    bool operator==(const Person &) const = default;
};

// What a person carries now: the segments they chair (with their length) and those they help on.
struct PersonLoad
{
    int chaired = 0;
    double chairedKm = 0;
    int collaborations = 0;
};

// The people of the segment teams. Every change is audited. People are deactivated rather than
// deleted, because segments, the audit log and old reports still name them; a deactivated chief's
// segments are then reported as needing a new chief (SegmentCheck) until someone is assigned.
class Roster
{
    Q_DECLARE_TR_FUNCTIONS(uo::Roster)

public:
    explicit Roster(DistrictStore &store) : m_store(store) {}

    static QStringList roles();
    // The role's name for people to read.
    static QString roleTitle(const QString &role);

    // Everyone, by name in pinyin order (sortByName).
    QList<Person> people();
    // Active people of one role, by name: those who may be given segments.
    QList<Person> active(const QString &role);
    // Names in the order a Chinese reader looks for them: by pinyin (QCollator with a Chinese locale),
    // whatever the interface language; equal names by id.
    static void sortByName(QList<Person> &people);
    // Every person's load; people without segments are absent.
    QHash<qint64, PersonLoad> loads();
    // "3 segments (2.4 km) as chief, 1 as collaborator", "no segments".
    static QString loadText(const PersonLoad &load);
    Person person(qint64 id);
    bool exists(qint64 id);
    // Segments the person chairs, in road order.
    QList<qint64> chairedSegments(qint64 personId);
    // How many segments each person chairs; people without segments are absent.
    QHash<qint64, int> chairedCounts();

    // Adds a person; a non-zero id is kept (the redo of an undone add). Returns the id.
    qint64 add(const Person &person);
    // Writes every field of an existing person. A role change that would break an assignment is
    // refused: a chief stays an officer and a collaborator stays in a trade until reassigned.
    void edit(const Person &person);
    // Returns the segments the person chairs, which now need a new chief.
    QList<qint64> deactivate(qint64 id);
    void reactivate(qint64 id);
    // Deletes a person nobody refers to: only the undo of add() needs this.
    void remove(qint64 id);

private:
    void check(const Person &person);
    void setActive(qint64 id, bool active);

    DistrictStore &m_store;
};

} // namespace uo
