#include "core/cases/event_classes.h"
#include "core/error/error.h"

#include "core/cases/case_labels.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QLocale>

namespace uo {

namespace {
constexpr const char *kSelect =
    "SELECT code, name, coalesce(name_en, ''), coalesce(major, ''), tracked, time_limit_hours, "
    "coalesce(trade, '') FROM event_classes";

EventClass read(const sql::Statement &st)
{
    return {st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4) != 0, st.real(5), st.text(6)};
}
} // namespace

QList<EventClass> EventClasses::load(DistrictStore &store)
{
    sql::Database &db = store.db();
    QList<EventClass> classes;
    auto st = db.prepare(QByteArray(kSelect) + " ORDER BY code");
    while (st.step())
        classes.append(read(st));
    return classes;
}

QList<EventClass> EventClasses::minorClasses(DistrictStore &store)
{
    sql::Database &db = store.db();
    QList<EventClass> classes;
    auto st = db.prepare(QByteArray(kSelect) + " WHERE major IS NOT NULL ORDER BY code");
    while (st.step())
        classes.append(read(st));
    return classes;
}

EventClass EventClasses::find(DistrictStore &store, const QString &code)
{
    sql::Database &db = store.db();
    auto st = db.prepare(QByteArray(kSelect) + " WHERE code = ?");
    st.bind(1, code);
    return st.step() ? read(st) : EventClass();
}

void EventClasses::save(DistrictStore &store, const QList<EventClass> &classes)
{
    sql::Transaction tx(store.db());
    for (const EventClass &c : classes) {
        const EventClass before = find(store, c.code);
        if (before.code.isEmpty())
            throw RequestError(tr("There is no event class %1.").arg(c.code));
        if (!(c.timeLimitHours > 0) && !before.isMajor())
            throw RequestError(tr("The time limit of %1 %2 must be above zero.").arg(c.code, before.name));
        if (!before.isMajor() && !CaseLabels::trades().contains(c.trade))
            throw RequestError(tr("%1 %2 needs the trade that handles it.").arg(c.code, before.name));
        QVariantMap changed;
        if (c.tracked != before.tracked)
            changed.insert(QStringLiteral("tracked"), c.tracked ? 1 : 0);
        if (!qFuzzyCompare(c.timeLimitHours + 1, before.timeLimitHours + 1))
            changed.insert(QStringLiteral("time_limit_hours"), c.timeLimitHours);
        if (c.trade != before.trade && !before.isMajor())
            changed.insert(QStringLiteral("trade"), c.trade);
        if (changed.isEmpty())
            continue;
        QByteArray assignments;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            assignments += (assignments.isEmpty() ? "" : ", ") + it.key().toUtf8() + " = ?";
        auto st = store.db().prepare("UPDATE event_classes SET " + assignments + " WHERE code = ?");
        int i = 1;
        QVariantMap old;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
            st.bindVariant(i++, it.value());
            if (it.key() == QLatin1String("tracked"))
                old.insert(it.key(), before.tracked ? 1 : 0);
            else if (it.key() == QLatin1String("time_limit_hours"))
                old.insert(it.key(), before.timeLimitHours);
            else
                old.insert(it.key(), before.trade);
        }
        st.bind(i, c.code);
        st.run();
        changed.insert(QStringLiteral("code"), c.code);
        store.recordAudit(QStringLiteral("update"), QStringLiteral("event_classes"), 0, old, changed);
    }
    store.touch();
    tx.commit();
}

QString EventClasses::displayName(const EventClass &c)
{
    if (!c.nameEn.isEmpty() && QLocale().language() == QLocale::English)
        return c.nameEn;
    return c.name;
}

} // namespace uo
