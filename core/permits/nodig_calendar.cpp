#include "core/permits/nodig_calendar.h"
#include "core/error/error.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QHash>
#include <QSet>

namespace uo {

namespace {

QVariantMap rowOf(const NoDigPeriod &p)
{
    return {{QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("kind"), p.kind},
            {QStringLiteral("start_date"), p.start.toString(Qt::ISODate)},
            {QStringLiteral("end_date"), p.end.toString(Qt::ISODate)}};
}

} // namespace

QStringList NoDigCalendar::kinds()
{
    return {QStringLiteral("holiday"), QStringLiteral("event"), QStringLiteral("season")};
}

QList<NoDigPeriod> NoDigCalendar::load(DistrictStore &store)
{
    QList<NoDigPeriod> periods;
    if (!store.hasTable(QStringLiteral("nodig_calendar")))
        return periods;
    auto st = store.db().prepare(
        "SELECT id, name, kind, start_date, end_date FROM nodig_calendar ORDER BY start_date, id");
    while (st.step())
        periods.append({st.int64(0), st.text(1), st.text(2), QDate::fromString(st.text(3), Qt::ISODate),
                        QDate::fromString(st.text(4), Qt::ISODate)});
    return periods;
}

QString NoDigCalendar::problem(const NoDigPeriod &p)
{
    if (p.name.trimmed().isEmpty())
        return tr("A no-dig period needs a name.");
    if (!kinds().contains(p.kind))
        return tr("%1: the kind must be holiday, event or season.").arg(p.name);
    if (!p.start.isValid() || !p.end.isValid())
        return tr("%1: give the first and the last day.").arg(p.name);
    if (p.end < p.start)
        return tr("%1 ends before it starts.").arg(p.name);
    return {};
}

QList<NoDigPeriod> NoDigCalendar::save(DistrictStore &store, const QList<NoDigPeriod> &periods)
{
    for (const NoDigPeriod &p : periods)
        if (const QString why = problem(p); !why.isEmpty())
            throw RequestError(why);
    QHash<qint64, NoDigPeriod> stored;
    for (const NoDigPeriod &p : load(store))
        stored.insert(p.id, p);
    QList<NoDigPeriod> result;
    QSet<qint64> kept;
    for (NoDigPeriod p : periods) {
        if (p.id > 0 && stored.contains(p.id)) {
            if (!(stored.value(p.id) == p))
                store.updateRow(QStringLiteral("nodig_calendar"), p.id, rowOf(p));
        } else {
            QVariantMap row = rowOf(p);
            if (p.id > 0)
                row.insert(QStringLiteral("id"), p.id); // put back as it was (undo of a deletion)
            p.id = store.insertRow(QStringLiteral("nodig_calendar"), row);
        }
        kept.insert(p.id);
        result.append(p);
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (!kept.contains(it.key()))
            store.deleteRow(QStringLiteral("nodig_calendar"), it.key());
    return result;
}

} // namespace uo
