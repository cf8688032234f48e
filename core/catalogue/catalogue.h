#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;

// One row of the component catalogue: a major class (no parent) or a minor class.
struct CatalogueEntry
{
    QString scheme;
    QString code;
    QString name; // Chinese, as in the standard
    QString nameEn;
    QString parent; // major class code for minor classes
};

// The component catalogue, kept as data: read from the CSV compiled in from data/catalogue, written into
// each store's `catalogue` table, and read back from there so that a bureau's local edits win.
class Catalogue
{
public:
    static constexpr const char *kScheme2013 = "GB/T 30428.2-2013";
    static constexpr const char *kScheme2026 = "GB/T 47678.5-2026";

    static Catalogue builtIn();
    static Catalogue fromStore(DistrictStore &store);
    // The length of the class codes the store's components carry: 4 (2013 scheme) or 5 (2026); 4 when
    // the store has no component yet.
    static int classCodeLength(DistrictStore &store);
    // Parses `scheme,code,name,name_en,parent` with a header line; throws StoreError naming the line.
    static Catalogue fromCsv(const QByteArray &csv, const QString &sourceName);

    void writeTo(DistrictStore &store) const;

    const QList<CatalogueEntry> &entries() const { return m_entries; }
    const CatalogueEntry *find(const QString &scheme, const QString &code) const;
    // The entry for a component's class code; the scheme follows from the code's length.
    const CatalogueEntry *forClassCode(const QString &classCode) const;
    QList<CatalogueEntry> minorClasses(const QString &scheme) const;
    // The same minor class in the 2026 scheme (same name, same major class) for a 2013 class code:
    // where a class's 16-digit identifiers run out (999,999 serials), its 17-digit ones go on.
    const CatalogueEntry *successor(const QString &classCode) const;
    // The minor class a file's value names: its code in either scheme, or its Chinese or English name
    // (路灯, "Street lamp"). A name both schemes list is taken in the scheme of `codeLength` (4: 2013,
    // 5: 2026). Null when nothing matches.
    const CatalogueEntry *classFor(const QString &value, int codeLength = 4) const;
    // The minor classes nearest an unknown value, best first, as "0118 路灯".
    QStringList nearestClasses(const QString &value, int codeLength = 4, int count = 3) const;

private:
    QList<CatalogueEntry> m_entries;
    QHash<QString, qsizetype> m_index; // scheme + '\n' + code -> position
    void add(const CatalogueEntry &entry);
};

} // namespace uo
