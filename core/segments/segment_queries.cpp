#include "core/segments/segment_queries.h"

#include "core/segments/polyline.h"
#include "core/segments/segment_coverage.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace uo {

QList<SegmentSummary> SegmentQueries::segments(const QList<qint64> &ids)
{
    // Collaborators come separately: group_concat would give the names in no defined order.
    QHash<qint64, QList<std::pair<qint64, QString>>> teams;
    auto team = m_store.db().prepare("SELECT c.segment_id, p.id, p.name FROM segment_collaborators c "
                                     "JOIN people p ON p.id = c.person_id ORDER BY c.segment_id, p.id");
    while (team.step())
        teams[team.int64(0)].append({team.int64(1), team.text(2)});

    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QList<SegmentSummary> out;
    auto st = m_store.db().prepare(
        "SELECT s.id, s.road_id, r.name, s.name, s.from_m, s.to_m, coalesce(s.chief_id, 0), coalesce(p.name, "
        "''), "
        "coalesce(p.active, 0), CASE WHEN p.role = 'officer' THEN 1 ELSE 0 END, coalesce(s.party_unit_id, "
        "0), "
        "coalesce(e.name, '') "
        "FROM road_segments s JOIN roads r ON r.id = s.road_id LEFT JOIN people p ON p.id = s.chief_id "
        "LEFT JOIN entities e ON e.id = s.party_unit_id ORDER BY r.name, r.id, s.from_m");
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (!ids.isEmpty() && !wanted.contains(id))
            continue;
        SegmentSummary s;
        s.id = id;
        s.roadId = st.int64(1);
        s.roadName = st.text(2);
        s.name = st.text(3);
        s.from = st.real(4);
        s.to = st.real(5);
        s.chiefId = st.int64(6);
        s.chiefName = st.text(7);
        s.chiefActive = st.int64(8) != 0;
        s.chiefIsOfficer = st.int64(9) != 0;
        s.partyUnitId = st.int64(10);
        s.partyUnitName = st.text(11);
        for (const auto &[person, name] : teams.value(id)) {
            s.collaboratorIds.append(person);
            s.collaboratorNames.append(name);
        }
        out.append(s);
    }
    return out;
}

QList<SegmentSummary> SegmentQueries::unassigned()
{
    QList<SegmentSummary> out = segments();
    out.removeIf([](const SegmentSummary &s) { return !s.needsChief(); });
    return out;
}

QList<ChiefWorkload> SegmentQueries::workload()
{
    QList<ChiefWorkload> out;
    auto st = m_store.db().prepare("SELECT p.id, p.name, coalesce(p.unit, ''), p.active, count(s.id), "
                                   "coalesce(sum(s.to_m - s.from_m), 0) "
                                   "FROM people p LEFT JOIN road_segments s ON s.chief_id = p.id "
                                   "WHERE (p.role = 'officer' AND p.active = 1) OR s.id IS NOT NULL "
                                   "GROUP BY p.id ORDER BY p.id");
    while (st.step())
        out.append(
            {st.int64(0), st.text(1), st.text(2), st.int64(3) != 0, int(st.int64(4)), st.real(5) / 1000.0});
    // Most segments first; equal loads by name in pinyin order, as every list of people.
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    std::stable_sort(out.begin(), out.end(), [&collator](const ChiefWorkload &a, const ChiefWorkload &b) {
        if (a.segments != b.segments)
            return a.segments > b.segments;
        return collator.compare(a.name, b.name) < 0;
    });
    return out;
}

QList<PartyBranch> SegmentQueries::partyBranches()
{
    QList<PartyBranch> out;
    auto st =
        m_store.db().prepare("SELECT id, name FROM entities WHERE kind = 'party_branch' ORDER BY name, id");
    while (st.step())
        out.append({st.int64(0), st.text(1)});
    return out;
}

QList<QPair<qint64, QString>> SegmentQueries::segmentNames()
{
    QList<QPair<qint64, QString>> out;
    auto st = m_store.db().prepare("SELECT id, name FROM road_segments ORDER BY name");
    while (st.step())
        out.append({st.int64(0), st.text(1)});
    return out;
}

QStringList SegmentQueries::roadGrades()
{
    QStringList out;
    auto st = m_store.db().prepare("SELECT DISTINCT grade FROM roads WHERE grade IS NOT NULL ORDER BY grade");
    while (st.step())
        out.append(st.text(0));
    return out;
}

ProgressFigures SegmentQueries::progress()
{
    ProgressFigures figures;
    QHash<qint64, QList<SegmentSpan>> spans;
    for (const SegmentSummary &s : segments()) {
        spans[s.roadId].append({s.id, s.from, s.to});
        ++figures.segments;
        figures.kilometres += s.length() / 1000.0;
        if (s.needsChief()) {
            ++figures.unassigned;
        } else {
            ++figures.assigned;
            figures.assignedKilometres += s.length() / 1000.0;
        }
    }
    auto roads = m_store.db().prepare("SELECT id, geom FROM roads");
    while (roads.step()) {
        ++figures.roads;
        int size = 0;
        const char *data = roads.blobData(1, &size);
        const auto line = geometry_blob::decode(data, size);
        // A road without a usable centreline cannot be covered: it counts against the card.
        if (!line || line->type != Geometry::LineString || line->parts.isEmpty()) {
            ++figures.roadsNotCovered;
            continue;
        }
        const double length = polyline::length(line->parts[0].value(0));
        if (!SegmentCoverage::check(length, spans.value(roads.int64(0))).isEmpty())
            ++figures.roadsNotCovered;
    }
    return figures;
}

QList<qint64> SegmentQueries::existingSegments(const QList<qint64> &ids)
{
    QList<qint64> out;
    auto st = m_store.db().prepare("SELECT count(*) FROM road_segments WHERE id = ?");
    for (qint64 id : ids) {
        st.bind(1, id);
        if (st.step() && st.int64(0) > 0)
            out.append(id);
        st.reset();
    }
    return out;
}

} // namespace uo
