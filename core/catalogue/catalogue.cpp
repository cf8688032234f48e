#include "core/catalogue/catalogue.h"

#include "core/catalogue/code_lists.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QFile>
#include <algorithm>

namespace uo {

namespace {
QString key(const QString &scheme, const QString &code)
{
    return scheme + QLatin1Char('\n') + code;
}
} // namespace

void Catalogue::add(const CatalogueEntry &entry)
{
    m_index.insert(key(entry.scheme, entry.code), m_entries.size());
    m_entries.append(entry);
}

Catalogue Catalogue::builtIn()
{
    QFile file(QStringLiteral(":/urbanops/data/catalogue/component-classes.csv"));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::NotFound,
                         DistrictStore::tr("The built-in component catalogue is missing."));
    return fromCsv(file.readAll(), file.fileName());
}

Catalogue Catalogue::fromCsv(const QByteArray &csv, const QString &sourceName)
{
    Catalogue catalogue;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        // The catalogue has no quoted fields: names hold no commas.
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 5 || fields[0].isEmpty() || fields[1].isEmpty() || fields[2].isEmpty())
            throw StoreError(StoreError::Kind::Invalid,
                             DistrictStore::tr("%1, line %2: expected scheme, code, name, name_en, parent.")
                                 .arg(sourceName)
                                 .arg(i + 1));
        catalogue.add({QString::fromUtf8(fields[0]), QString::fromUtf8(fields[1]),
                       QString::fromUtf8(fields[2]), QString::fromUtf8(fields[3]),
                       QString::fromUtf8(fields[4])});
    }
    return catalogue;
}

Catalogue Catalogue::fromStore(DistrictStore &store)
{
    Catalogue catalogue;
    auto st =
        store.db().prepare("SELECT scheme, code, name, name_en, parent FROM catalogue ORDER BY scheme, code");
    while (st.step())
        catalogue.add({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    return catalogue;
}

int Catalogue::classCodeLength(DistrictStore &store)
{
    auto st = store.db().prepare("SELECT length(class_code) FROM components LIMIT 1");
    return st.step() ? int(st.int64(0)) : 4;
}

void Catalogue::writeTo(DistrictStore &store) const
{
    sql::Transaction tx(store.db());
    // ON CONFLICT, which both engines read (not SQLite's INSERT OR REPLACE).
    auto st = store.db().prepare(
        "INSERT INTO catalogue(scheme, code, name, name_en, parent) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(scheme, code) DO UPDATE SET name = excluded.name, "
        "name_en = excluded.name_en, parent = excluded.parent");
    for (const CatalogueEntry &e : m_entries) {
        st.bind(1, e.scheme).bind(2, e.code).bind(3, e.name).bind(4, e.nameEn);
        if (e.parent.isEmpty())
            st.bindNull(5);
        else
            st.bind(5, e.parent);
        st.run();
    }
    store.recordAudit(QStringLiteral("import"), QStringLiteral("catalogue"), 0, {},
                      {{QStringLiteral("rows"), m_entries.size()}});
    tx.commit();
}

const CatalogueEntry *Catalogue::find(const QString &scheme, const QString &code) const
{
    const auto it = m_index.constFind(key(scheme, code));
    return it == m_index.cend() ? nullptr : &m_entries[*it];
}

const CatalogueEntry *Catalogue::forClassCode(const QString &classCode) const
{
    const QString scheme = QLatin1String(classCode.size() == 5 ? kScheme2026 : kScheme2013);
    return find(scheme, classCode);
}

QList<CatalogueEntry> Catalogue::minorClasses(const QString &scheme) const
{
    QList<CatalogueEntry> out;
    for (const CatalogueEntry &e : m_entries)
        if (e.scheme == scheme && !e.parent.isEmpty())
            out.append(e);
    return out;
}

const CatalogueEntry *Catalogue::successor(const QString &classCode) const
{
    const CatalogueEntry *old = find(QLatin1String(kScheme2013), classCode);
    if (!old)
        return nullptr;
    for (const CatalogueEntry &e : m_entries)
        if (e.scheme == QLatin1String(kScheme2026) && e.parent == old->parent && e.name == old->name)
            return &e;
    return nullptr;
}

const CatalogueEntry *Catalogue::classFor(const QString &value, int codeLength) const
{
    const QString wanted = matchKey(value);
    if (wanted.isEmpty())
        return nullptr;
    if (const CatalogueEntry *byCode = forClassCode(wanted); byCode && !byCode->parent.isEmpty())
        return byCode;
    const CatalogueEntry *other = nullptr; // a match in the scheme not asked for
    for (const CatalogueEntry &e : m_entries) {
        if (e.parent.isEmpty() || (matchKey(e.name) != wanted && matchKey(e.nameEn) != wanted))
            continue;
        if (e.code.size() == codeLength)
            return &e;
        other = other ? other : &e;
    }
    return other;
}

QStringList Catalogue::nearestClasses(const QString &value, int codeLength, int count) const
{
    const QString wanted = matchKey(value);
    QList<QPair<int, const CatalogueEntry *>> ranked;
    for (const CatalogueEntry &e : m_entries)
        if (!e.parent.isEmpty() && e.code.size() == codeLength)
            ranked.append(
                {std::min({editDistance(wanted, matchKey(e.code)), editDistance(wanted, matchKey(e.name)),
                           editDistance(wanted, matchKey(e.nameEn))}),
                 &e});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (qsizetype i = 0; i < ranked.size() && i < count; ++i)
        out.append(ranked[i].second->code + QLatin1Char(' ') + ranked[i].second->name);
    return out;
}

} // namespace uo
