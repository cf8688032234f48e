#include "core/cases/case_register.h"

#include "core/cases/case_time.h"
#include "core/cases/case_units.h"
#include "core/cases/case_workflow.h"
#include "core/cases/event_classes.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <QHash>
#include <QLocale>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace uo {

namespace {

QByteArray idList(const QList<qint64> &ids)
{
    QByteArray list;
    for (qint64 id : ids)
        list += (list.isEmpty() ? "" : ",") + QByteArray::number(id);
    return list;
}

// Equal texts of many rows (codes, states, units, reporters) as one shared QString each, read without
// decoding or allocating again and kept once in memory however many cases carry them; with, for a
// key, the words it stands for (`Words`), found the first time the key is met.
template <typename Words = bool> class TextPool
{
public:
    struct Entry
    {
        QString text;
        std::optional<Words> words;
    };

    const Entry &of(const char *utf8)
    {
        if (!utf8)
            return m_null;
        const std::string_view text(utf8);
        auto found = m_texts.find(text);
        if (found == m_texts.end())
            found = m_texts
                        .emplace(std::string(text),
                                 Entry{QString::fromUtf8(text.data(), qsizetype(text.size())), {}})
                        .first;
        return found->second;
    }
    template <typename Name> const Entry &named(const char *utf8, Name &&name)
    {
        auto &entry = const_cast<Entry &>(of(utf8));
        if (!entry.words)
            entry.words = name(entry.text);
        return entry;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
    };
    std::unordered_map<std::string, Entry, Hash, std::equal_to<>> m_texts;
    Entry m_null;
};

// The names of what the cases' keys point at (event classes, streets, communities, segments, people),
// read one key at a time: the pools and caches ask once per distinct key, a few hundred reads for any
// number of cases.
class KeyNames
{
public:
    struct Class
    {
        QString name, majorName;
        bool tracked = false;
    };

    explicit KeyNames(sql::Database &db) : m_db(db), m_english(QLocale().language() == QLocale::English) {}

    Class eventClass(const QString &code)
    {
        Class c{code, QString(), false};
        auto st = m_db.prepare("SELECT e.name, coalesce(e.name_en, ''), coalesce(m.name, ''), "
                               "coalesce(m.name_en, ''), e.tracked FROM event_classes e "
                               "LEFT JOIN event_classes m ON m.code = e.major WHERE e.code = ?");
        st.bind(1, code);
        if (st.step()) {
            c.name = m_english && !st.text(1).isEmpty() ? st.text(1) : st.text(0);
            c.majorName = m_english && !st.text(3).isEmpty() ? st.text(3) : st.text(2);
            c.tracked = st.int64(4) != 0;
        }
        return c;
    }
    QString street(const QString &code) { return name("SELECT name FROM streets WHERE code = ?", code); }
    QString community(const QString &code)
    {
        return name("SELECT name FROM communities WHERE code = ?", code);
    }
    QString segment(qint64 id) { return kept(m_segments, id, "SELECT name FROM road_segments WHERE id = ?"); }
    QString person(qint64 id) { return kept(m_people, id, "SELECT name FROM people WHERE id = ?"); }

private:
    template <typename Key> QString name(const char *sql, const Key &key)
    {
        if (key == Key())
            return QString();
        auto st = m_db.prepare(sql);
        st.bind(1, key);
        return st.step() ? st.text(0) : QString();
    }
    QString kept(QHash<qint64, QString> &names, qint64 id, const char *sql)
    {
        auto found = names.constFind(id);
        return found != names.cend() ? *found : *names.insert(id, name(sql, id));
    }

    sql::Database &m_db;
    const bool m_english;
    QHash<qint64, QString> m_segments, m_people;
};

} // namespace

bool CaseRegister::isOverdue(const QString &state, const QDateTime &due, const QDateTime &now)
{
    return CaseWorkflow::isOpen(state) && due.isValid() && due < now;
}

QList<CaseSummary> CaseRegister::list(DistrictStore &store, const CaseFilter &f, const QDateTime &now)
{
    sql::Database &db = store.db();
    QByteArray where = "1";
    QList<QVariant> binds;
    if (f.state == QLatin1String("open")) {
        where += " AND c.state NOT IN ('closed', 'rejected')";
    } else if (!f.state.isEmpty()) {
        where += " AND c.state = ?";
        binds.append(f.state);
    }
    if (!f.streetCode.isEmpty()) {
        where += " AND c.street_code = ?";
        binds.append(f.streetCode);
    }
    if (f.overdueOnly) {
        where += " AND c.state NOT IN ('closed', 'rejected') AND c.due_at < ?";
        binds.append(case_time::text(now));
    }
    if (f.reportedFrom.isValid()) {
        where += " AND c.reported_at >= ?";
        binds.append(f.reportedFrom.toString(Qt::ISODate));
    }
    if (f.reportedTo.isValid()) {
        where += " AND c.reported_at < ?";
        binds.append(f.reportedTo.addDays(1).toString(Qt::ISODate));
    }
    const auto byId = [&where](const char *column, qint64 id) {
        if (id > 0)
            where += QByteArray(" AND c.") + column + " = " + QByteArray::number(id);
    };
    byId("id", f.caseId);
    byId("segment_id", f.segmentId);
    byId("chief_id", f.chiefId);
    byId("component_id", f.componentId);
    byId("risk_id", f.riskId);
    if (!f.segmentIds.isEmpty())
        where += " AND c.segment_id IN (" + idList(f.segmentIds) + ")";

    // The cases alone: their keys are named from KeyNames, each distinct key read once, rather than
    // joined to every row (the joins were a third of the time of a register of 30,000).
    auto st = db.prepare(
        "SELECT c.id, c.case_no, c.class_code, c.source, c.state, c.description, c.reporter, "
        "c.reported_at, c.due_at, c.closed_at, c.grid_code, c.street_code, c.community_code, "
        "c.segment_id, c.chief_id, c.component_id, c.risk_id, c.level, c.unit, c.route, c.reopened, "
        "c.geom, c.handled_at FROM cases c WHERE " +
        where + " ORDER BY c.reported_at DESC, c.id DESC");
    for (int i = 0; i < binds.size(); ++i)
        st.bindVariant(i + 1, binds[i]);
    KeyNames names(db);
    CaseUnits::Names units(store);
    TextPool<> pool;
    TextPool<KeyNames::Class> classes;
    TextPool<QString> streets, communities, unitNames;
    QList<CaseSummary> rows;
    {
        // Room for every row at once: growing a list of 30,000 cases moves them about twenty times.
        auto count = db.prepare("SELECT count(*) FROM cases c WHERE " + where);
        for (int i = 0; i < binds.size(); ++i)
            count.bindVariant(i + 1, binds[i]);
        rows.reserve(count.step() ? qsizetype(count.int64(0)) : 0);
    }
    while (st.step()) {
        CaseSummary &c = rows.emplace_back();
        c.id = st.int64(0);
        c.caseNo = st.text(1);
        const auto &eventClass =
            classes.named(st.textData(2), [&](const QString &code) { return names.eventClass(code); });
        c.classCode = eventClass.text;
        c.className = eventClass.words->name;
        c.majorName = eventClass.words->majorName;
        c.tracked = eventClass.words->tracked;
        c.source = pool.of(st.textData(3)).text;
        c.state = pool.of(st.textData(4)).text;
        c.description = st.text(5);
        c.reporter = pool.of(st.textData(6)).text;
        c.reportedAt = case_time::parse(st.text(7));
        c.dueAt = case_time::parse(st.text(8));
        c.closedAt = case_time::parse(st.text(9));
        c.gridCode = pool.of(st.textData(10)).text;
        const auto &street =
            streets.named(st.textData(11), [&](const QString &code) { return names.street(code); });
        c.streetCode = street.text;
        c.streetName = *street.words;
        const auto &community =
            communities.named(st.textData(12), [&](const QString &code) { return names.community(code); });
        c.communityCode = community.text;
        c.communityName = *community.words;
        c.segmentId = st.int64(13);
        c.segmentName = names.segment(c.segmentId);
        c.chiefId = st.int64(14);
        c.chiefName = names.person(c.chiefId);
        c.componentId = st.int64(15);
        c.riskId = st.int64(16);
        c.level = pool.of(st.textData(17)).text;
        const auto &unit =
            unitNames.named(st.textData(18), [&](const QString &key) { return units.of(key); });
        c.unit = unit.text;
        c.unitName = *unit.words;
        c.route = pool.of(st.textData(19)).text;
        c.reopened = int(st.int64(20));
        int size = 0;
        const char *blob = st.blobData(21, &size);
        double x = 0, y = 0;
        if (blob && geometry_blob::decodePoint(blob, size, &x, &y))
            c.point = QPointF(x, y);
        c.overdue = isOverdue(c.state, c.dueAt, now);
        c.handledAt = case_time::parse(st.text(22));
        c.handledLate = c.handledAt.isValid() && c.dueAt.isValid() && c.handledAt > c.dueAt;
    }
    return rows;
}

CaseSummary CaseRegister::one(DistrictStore &store, qint64 caseId, const QDateTime &now)
{
    CaseFilter filter;
    filter.caseId = caseId;
    const QList<CaseSummary> rows = caseId > 0 ? list(store, filter, now) : QList<CaseSummary>();
    return rows.isEmpty() ? CaseSummary() : rows.first();
}

QList<CaseHistoryStep> CaseHistory::of(DistrictStore &store, qint64 caseId)
{
    sql::Database &db = store.db();
    QList<CaseHistoryStep> steps;
    CaseUnits::Names units(store);
    auto st = db.prepare("SELECT time, operator, coalesce(from_state, ''), to_state, coalesce(note, ''), "
                         "coalesce(level, ''), coalesce(unit, ''), coalesce(route, '') FROM case_history "
                         "WHERE case_id = ? ORDER BY time, id");
    st.bind(1, caseId);
    while (st.step())
        steps.append({case_time::parse(st.text(0)), st.text(1), st.text(2), st.text(3), st.text(4),
                      st.text(5), st.text(6), units.of(st.text(6)), st.text(7)});
    return steps;
}

} // namespace uo
