#include "case_units.h"

#include "case_labels.h"
#include "sql/statement.h"

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

QList<qint64> CaseUnits::people(sql::Database &db, const QString &unit)
{
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

QString CaseUnits::Names::of(const QString &unit)
{
    if (unit.isEmpty())
        return QString();
    const auto cached = m_cache.constFind(unit);
    if (cached != m_cache.cend())
        return *cached;
    const QStringList parts = unit.split(QLatin1Char(':'));
    const auto name = [this](const char *sql, const QString &key) {
        auto st = m_db.prepare(sql);
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
        for (const qint64 id : CaseUnits::people(m_db, unit))
            people.append(name("SELECT name FROM people WHERE id = ?", QString::number(id)));
        words = people.isEmpty()
                    ? tr("%1 of %2 (nobody assigned)").arg(CaseLabels::trade(parts[2]), segment)
                    : tr("%1 of %2: %3").arg(CaseLabels::trade(parts[2]), segment, people.join(tr(", ")));
    }
    m_cache.insert(unit, words);
    return words;
}

} // namespace uo
