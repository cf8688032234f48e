#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;

// One row of the component catalogue: a major class (no parent) or a minor class.
struct CatalogueEntry
{
    QString scheme;
    QString code;
    QString name;   // Chinese, as in the standard
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
    // Parses `scheme,code,name,name_en,parent` with a header line; throws StoreError naming the line.
    static Catalogue fromCsv(const QByteArray &csv, const QString &sourceName);

    void writeTo(DistrictStore &store) const;

    const QList<CatalogueEntry> &entries() const { return m_entries; }
    const CatalogueEntry *find(const QString &scheme, const QString &code) const;
    // The entry for a component's class code; the scheme follows from the code's length.
    const CatalogueEntry *forClassCode(const QString &classCode) const;
    QList<CatalogueEntry> minorClasses(const QString &scheme) const;

private:
    QList<CatalogueEntry> m_entries;
    QHash<QString, qsizetype> m_index; // scheme + '\n' + code -> position
    void add(const CatalogueEntry &entry);
};

} // namespace uo
