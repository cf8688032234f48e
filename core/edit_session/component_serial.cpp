#include "core/edit_session/component_serial.h"

#include "core/catalogue/component_id.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

#include <QSet>

namespace uo::edit {

QString nextComponentIdent(DistrictStore &store, const QString &classCode, const QList<QString> &alsoTaken)
{
    const QString prefix = store.settings().countyCode + classCode;
    const int length = int(prefix.size()) + 6;
    // A range on the unique index of `ident` (':' sorts right after '9'), not a LIKE that scans. The
    // serial is the last six characters, counted from the front: PostgreSQL's substr() reads a negative
    // start as before the first character, not from the end as SQLite does.
    QSet<int> taken;
    int highest = 0;
    auto st =
        store.db().prepare("SELECT max(CAST(substr(ident, length(ident) - 5) AS INTEGER)) FROM components "
                           "WHERE ident >= ? AND ident < ? AND length(ident) = ?");
    st.bind(1, prefix).bind(2, prefix + QLatin1Char(':')).bind(3, length);
    if (st.step() && !st.isNull(0))
        highest = int(st.int64(0));
    for (const QString &ident : alsoTaken)
        if (ident.size() == length && ident.startsWith(prefix)) {
            const int serial = ident.right(6).toInt();
            taken.insert(serial);
            highest = std::max(highest, serial);
        }
    if (highest < 999999) {
        const auto id = ComponentId::make(store.settings().countyCode, classCode, highest + 1);
        return id ? id->toString() : QString();
    }
    // Every serial up to the last is used once: look for one given back by a deleted component.
    auto all = store.db().prepare("SELECT CAST(substr(ident, length(ident) - 5) AS INTEGER) FROM components "
                                  "WHERE ident >= ? AND ident < ? AND length(ident) = ?");
    all.bind(1, prefix).bind(2, prefix + QLatin1Char(':')).bind(3, length);
    while (all.step())
        taken.insert(int(all.int64(0)));
    for (int serial = 1; serial <= 999999; ++serial)
        if (!taken.contains(serial)) {
            const auto id = ComponentId::make(store.settings().countyCode, classCode, serial);
            return id ? id->toString() : QString();
        }
    return QString();
}

} // namespace uo::edit
