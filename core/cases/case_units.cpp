#include "core/cases/case_units.h"

#include "core/cases/case_labels.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

#include <QStringList>

namespace uo {

QString CaseUnits::district()
{
    return QStringLiteral("district");
}

QString CaseUnits::street(const QString &code)
{
    return QStringLiteral("street:") + code;
}

QString CaseUnits::community(const QString &code)
{
    return QStringLiteral("community:") + code;
}

QString CaseUnits::entity(qint64 id)
{
    return QStringLiteral("entity:%1").arg(id);
}

QString CaseUnits::collaborators(qint64 segmentId, const QString &trade)
{
    return QStringLiteral("collaborators:%1:%2").arg(segmentId).arg(trade);
}

QList<qint64> CaseUnits::people(DistrictStore &store, const QString &unit)
{
    sql::Database &db = store.db();
    const QStringList parts = unit.split(QLatin1Char(':'));
    QList<qint64> ids;
    if (parts.size() != 3 || parts[0] != QLatin1String("collaborators"))
        return ids;
    const qint64 segment = parts[1].toLongLong();
    // Trades are the people's roles, but for enforcement, which is the chief's (an officer's) work.
    if (parts[2] == QLatin1String("enforcement")) {
        auto st = db.prepare("SELECT chief_id FROM road_segments WHERE id = ? AND chief_id IS NOT NULL");
        st.bind(1, segment);
        if (st.step())
            ids.append(st.int64(0));
        return ids;
    }
    auto st = db.prepare("SELECT p.id FROM segment_collaborators c JOIN people p ON p.id = c.person_id "
                         "WHERE c.segment_id = ? AND p.role = ? ORDER BY p.name, p.id");
    st.bind(1, segment).bind(2, parts[2]);
    while (st.step())
        ids.append(st.int64(0));
    return ids;
}

QList<QPair<QString, QString>> CaseUnits::streets(DistrictStore &store)
{
    sql::Database &db = store.db();
    QList<QPair<QString, QString>> list;
    auto st = db.prepare("SELECT code, name FROM streets ORDER BY code");
    while (st.step())
        list.append({st.text(0), st.text(1)});
    return list;
}

QList<QPair<qint64, QString>> CaseUnits::departments(DistrictStore &store)
{
    sql::Database &db = store.db();
    QList<QPair<qint64, QString>> list;
    auto st = db.prepare("SELECT id, name FROM entities WHERE kind = 'department' ORDER BY name");
    while (st.step())
        list.append({st.int64(0), st.text(1)});
    return list;
}

QList<CaseUnits::Choice> CaseUnits::choices(DistrictStore &store, const QString &streetCode, qint64 segmentId)
{
    sql::Database &db = store.db();
    Names names(store);
    QList<Choice> list;
    const auto add = [&](const QString &level, const QString &unit) {
        list.append({level, unit, names.of(unit)});
    };
    add(QStringLiteral("district"), district());
    if (!streetCode.isEmpty())
        add(QStringLiteral("street"), street(streetCode));
    for (const auto &[code, name] : streets(store))
        if (code != streetCode)
            add(QStringLiteral("street"), street(code));
    auto communities = db.prepare("SELECT code FROM communities WHERE street_code = ? ORDER BY code");
    communities.bind(1, streetCode);
    while (communities.step())
        add(QStringLiteral("community"), community(communities.text(0)));
    auto departments = db.prepare("SELECT id FROM entities WHERE kind = 'department' ORDER BY name");
    while (departments.step())
        add(QStringLiteral("district"), entity(departments.int64(0)));
    if (segmentId > 0)
        for (const QString &trade : CaseLabels::trades())
            if (!people(store, collaborators(segmentId, trade)).isEmpty())
                add(QStringLiteral("street"), collaborators(segmentId, trade));
    return list;
}

CaseUnits::Names::Names(DistrictStore &store) : m_store(store) {}

QString CaseUnits::Names::of(const QString &unit)
{
    if (unit.isEmpty())
        return QString();
    const auto cached = m_cache.constFind(unit);
    if (cached != m_cache.cend())
        return *cached;
    const QStringList parts = unit.split(QLatin1Char(':'));
    const auto name = [this](const char *sql, const QString &key) {
        auto st = m_store.db().prepare(sql);
        st.bind(1, key);
        return st.step() ? st.text(0) : key;
    };
    QString words = unit;
    if (unit == district()) {
        words = tr("District governance centre");
    } else if (parts.size() == 2 && parts[0] == QLatin1String("street")) {
        words = tr("%1 governance centre").arg(name("SELECT name FROM streets WHERE code = ?", parts[1]));
    } else if (parts.size() == 2 && parts[0] == QLatin1String("community")) {
        words = name("SELECT name FROM communities WHERE code = ?", parts[1]);
    } else if (parts.size() == 2 && parts[0] == QLatin1String("entity")) {
        words = name("SELECT name FROM entities WHERE id = ?", parts[1]);
    } else if (parts.size() == 3 && parts[0] == QLatin1String("collaborators")) {
        const QString segment = name("SELECT name FROM road_segments WHERE id = ?", parts[1]);
        QStringList people;
        for (const qint64 id : CaseUnits::people(m_store, unit))
            people.append(name("SELECT name FROM people WHERE id = ?", QString::number(id)));
        words = people.isEmpty()
                    ? tr("%1 of %2 (nobody assigned)").arg(CaseLabels::trade(parts[2]), segment)
                    : tr("%1 of %2: %3").arg(CaseLabels::trade(parts[2]), segment, people.join(tr(", ")));
    }
    m_cache.insert(unit, words);
    return words;
}

} // namespace uo
