#include "core/segments/assignment_csv.h"

#include "core/csv/csv.h"
#include "core/segments/segment_collaborators.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

namespace uo {

namespace {

enum Column
{
    SegmentId,
    Road,
    SegmentName,
    FromM,
    ToM,
    ChiefId,
    ChiefName,
    Collaborators,
    CollaboratorNames,
    PartyUnitId,
    PartyUnitName,
    ColumnCount
};

struct Person
{
    QString name, role;
    bool active;
};

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

// One good row of the sheet: who works the segment. Ids of 0 are "nobody".
struct Assignment
{
    qint64 segment = 0, chief = 0, unit = 0;
    QList<qint64> collaborators;
};

// Checks the rows of a sheet against what the district holds (its people, segments and Party
// branches, read once) and against each other (no segment twice). Every problem of a row is reported,
// as "line N: what is wrong", not only the first.
class AssignmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(uo::AssignmentCsv)

public:
    explicit AssignmentCheck(sql::Database &db)
    {
        auto p = db.prepare("SELECT id, name, role, active FROM people");
        while (p.step())
            m_people.insert(p.int64(0), {p.text(1), p.text(2), p.int64(3) != 0});
        auto s = db.prepare("SELECT id FROM road_segments");
        while (s.step())
            m_segments.insert(s.int64(0));
        auto b = db.prepare("SELECT id FROM entities WHERE kind = 'party_branch'");
        while (b.step())
            m_branches.insert(b.int64(0));
    }

    // The row's assignment, or none when it has problems, which are added to `errors`.
    std::optional<Assignment> check(const csv::Row &row, QStringList &errors)
    {
        m_row = &row;
        m_errors = &errors;
        const qsizetype before = errors.size();
        if (row.fields.size() != ColumnCount) {
            fail(tr("expected %1 columns, found %2").arg(int(ColumnCount)).arg(row.fields.size()));
            return std::nullopt;
        }
        Assignment a;
        checkSegment(a);
        checkChief(a);
        checkCollaborators(a);
        if (number(PartyUnitId, &a.unit) && a.unit > 0 && !m_branches.contains(a.unit))
            fail(tr("entity %1 is not a Party branch").arg(a.unit));
        if (errors.size() != before)
            return std::nullopt;
        return a;
    }

private:
    void fail(const QString &what) { m_errors->append(tr("line %1: %2").arg(m_row->line).arg(what)); }

    // Reads an id column (empty: 0); false when it is not a number. A negative number is reported but
    // still read, so that the checks of what it names report too.
    bool number(int column, qint64 *out)
    {
        const QString text = m_row->fields.value(column).trimmed();
        bool ok = true;
        *out = text.isEmpty() ? 0 : text.toLongLong(&ok);
        if (!ok || *out < 0)
            fail(tr("%1 \"%2\" is not an id").arg(AssignmentCsv::header()[column], text));
        return ok;
    }

    void checkSegment(Assignment &a)
    {
        if (!number(SegmentId, &a.segment))
            return;
        if (!m_segments.contains(a.segment))
            fail(tr("there is no segment %1").arg(a.segment));
        else if (m_seen.contains(a.segment))
            fail(tr("segment %1 appears twice").arg(a.segment));
        m_seen.insert(a.segment);
    }

    // A chief is an active city-management officer.
    void checkChief(Assignment &a)
    {
        if (!number(ChiefId, &a.chief) || a.chief <= 0)
            return;
        const auto it = m_people.constFind(a.chief);
        if (it == m_people.cend())
            fail(tr("there is no person %1").arg(a.chief));
        else if (it->role != QLatin1String("officer"))
            fail(tr("%1 (%2) is not a city-management officer and cannot be a chief")
                     .arg(it->name)
                     .arg(a.chief));
        else if (!it->active)
            fail(tr("%1 (%2) is no longer active").arg(it->name).arg(a.chief));
    }

    // Collaborators are active staff of municipal works, greening or sanitation; each counts once.
    void checkCollaborators(Assignment &a)
    {
        for (const QString &text : m_row->fields[Collaborators].split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = text.trimmed().toLongLong(&ok);
            const auto it = m_people.constFind(id);
            if (!ok || it == m_people.cend())
                fail(tr("there is no collaborator \"%1\"").arg(text.trimmed()));
            else if (it->role == QLatin1String("officer"))
                fail(tr("%1 (%2) is an officer; collaborators come from municipal works, greening or "
                        "sanitation")
                         .arg(it->name)
                         .arg(id));
            else if (!it->active)
                fail(tr("%1 (%2) is no longer active").arg(it->name).arg(id));
            else if (!a.collaborators.contains(id))
                a.collaborators.append(id);
        }
    }

    QHash<qint64, Person> m_people;
    QSet<qint64> m_segments, m_branches;
    QSet<qint64> m_seen; // segments of the rows checked so far
    const csv::Row *m_row = nullptr;
    QStringList *m_errors = nullptr;
};

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(';'));
}

// Writes the assignments that change their segment, each audited with what it replaced, in one
// transaction. Returns how many changed.
int writeAssignments(DistrictStore &store, QList<Assignment> &assignments)
{
    sql::Transaction tx(store.db());
    auto current = store.db().prepare(
        "SELECT coalesce(chief_id, 0), coalesce(party_unit_id, 0) FROM road_segments WHERE id = ?");
    auto team = store.db().prepare(
        "SELECT person_id FROM segment_collaborators WHERE segment_id = ? ORDER BY person_id");
    auto update = store.db().prepare("UPDATE road_segments SET chief_id = ?, party_unit_id = ? WHERE id = ?");
    int changed = 0;
    for (Assignment &a : assignments) {
        std::sort(a.collaborators.begin(), a.collaborators.end());
        current.bind(1, a.segment);
        current.step();
        const qint64 oldChief = current.int64(0), oldUnit = current.int64(1);
        current.reset();
        QList<qint64> oldTeam;
        team.bind(1, a.segment);
        while (team.step())
            oldTeam.append(team.int64(0));
        team.reset();
        if (oldChief == a.chief && oldUnit == a.unit && oldTeam == a.collaborators)
            continue;
        update.bindVariant(1, a.chief > 0 ? QVariant(a.chief) : QVariant());
        update.bindVariant(2, a.unit > 0 ? QVariant(a.unit) : QVariant());
        update.bind(3, a.segment);
        update.run();
        replaceCollaborators(store.db(), a.segment, a.collaborators);
        store.recordAudit(QStringLiteral("import"), tableOf(Layer::RoadSegments), a.segment,
                          {{QStringLiteral("chief_id"), oldChief},
                           {QStringLiteral("party_unit_id"), oldUnit},
                           {QStringLiteral("collaborators"), idList(oldTeam)}},
                          {{QStringLiteral("chief_id"), a.chief},
                           {QStringLiteral("party_unit_id"), a.unit},
                           {QStringLiteral("collaborators"), idList(a.collaborators)}});
        ++changed;
    }
    store.touch();
    tx.commit();
    return changed;
}

} // namespace

QStringList AssignmentCsv::header()
{
    return {QStringLiteral("segment_id"),
            QStringLiteral("road"),
            QStringLiteral("segment_name"),
            QStringLiteral("from_m"),
            QStringLiteral("to_m"),
            QStringLiteral("chief_id"),
            QStringLiteral("chief_name"),
            QStringLiteral("collaborator_ids"),
            QStringLiteral("collaborator_names"),
            QStringLiteral("party_unit_id"),
            QStringLiteral("party_unit_name")};
}

QByteArray AssignmentCsv::exportAll(DistrictStore &store)
{
    QHash<qint64, QString> names;
    auto people = store.db().prepare("SELECT id, name FROM people");
    while (people.step())
        names.insert(people.int64(0), people.text(1));
    QHash<qint64, QList<qint64>> collaborators;
    auto links = store.db().prepare(
        "SELECT segment_id, person_id FROM segment_collaborators ORDER BY segment_id, person_id");
    while (links.step())
        collaborators[links.int64(0)].append(links.int64(1));

    QList<QStringList> rows{header()};
    auto st =
        store.db().prepare("SELECT s.id, r.name, s.name, s.from_m, s.to_m, coalesce(s.chief_id, 0), "
                           "coalesce(s.party_unit_id, 0), coalesce(e.name, '') FROM road_segments s "
                           "JOIN roads r ON r.id = s.road_id LEFT JOIN entities e ON e.id = s.party_unit_id "
                           "ORDER BY r.id, s.from_m");
    while (st.step()) {
        QStringList ids, who;
        for (qint64 person : collaborators.value(st.int64(0))) {
            ids.append(QString::number(person));
            who.append(names.value(person));
        }
        rows.append({QString::number(st.int64(0)), st.text(1), st.text(2),
                     QString::number(st.real(3), 'f', 2), QString::number(st.real(4), 'f', 2),
                     idText(st.int64(5)), names.value(st.int64(5)), ids.join(QLatin1Char(';')),
                     who.join(QLatin1Char(';')), idText(st.int64(6)), st.text(7)});
    }
    return csv::write(rows);
}

AssignmentCsv::ImportResult AssignmentCsv::import(DistrictStore &store, const QByteArray &data)
{
    ImportResult result;
    QString parseError;
    const QList<csv::Row> rows = csv::read(data, &parseError);
    if (!parseError.isEmpty()) {
        result.errors.append(parseError);
        return result;
    }
    if (rows.isEmpty() || rows[0].fields.value(SegmentId) != header()[SegmentId] ||
        rows[0].fields.value(ChiefId) != header()[ChiefId]) {
        result.errors.append(tr("line 1: expected the header %1").arg(header().join(QLatin1Char(','))));
        return result;
    }
    AssignmentCheck check(store.db());
    QList<Assignment> assignments;
    for (qsizetype i = 1; i < rows.size(); ++i)
        if (const std::optional<Assignment> a = check.check(rows[i], result.errors))
            assignments.append(*a);
    result.rows = int(rows.size() - 1);
    // Nothing changes unless every row is good.
    if (result.errors.isEmpty())
        result.changed = writeAssignments(store, assignments);
    return result;
}

} // namespace uo
