#pragma once

#include "gis/io/import_mapping.h"

#include "core/catalogue/catalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace uo {

class DistrictStore;
class ImportSource;

// The "map" stage of an import: one feature's fields as the store's columns take them. Each column
// reads its field through the mapping (or its fixed value) in the column's type. Text must be valid in
// the file's encoding and fit the column (columnLimit); dates become ISO dates; measures are not
// negative; a coded column takes its code, its English or Chinese word (CodeLists; the catalogue for a
// component's class) or the file's own spelling from the mapping. Each problem names the column and
// the value, an unknown code its nearest known words.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(uo::ImportValues)

public:
    // Throws RequestError when a mapped field is not in the file.
    ImportValues(DistrictStore &store, const ImportSource &source, const QString &table,
                 const QList<ImportMapping::Column> &columns, const ImportMapping &mapping);

    // The values of the feature (an OGRFeatureH) at `position` (1-based); problems are appended.
    QVariantMap read(void *feature, qint64 position, QStringList *problems);
    // What was read by a word rather than by its code, for the report: "state: 完好 → intact (1,203)".
    QStringList readings() const;

private:
    static QString columnTitle(const QString &column);
    struct Mapped
    {
        QString column;
        QString fieldName; // the file's field ("" for a fixed value)
        QString type;      // as the store declares it
        int field = -1;    // -1: the fixed value
        int fieldType = 0; // OGRFieldType
        QVariant fixed;
        bool coded = false;
        int limit = 0; // characters, for text
    };

    QVariant readField(void *feature, const Mapped &m, qint64 position, QStringList *problems) const;
    QVariant checked(const Mapped &m, QVariant value, QStringList *problems);
    std::optional<QString> code(const Mapped &m, const QString &text);

    const ImportSource &m_source;
    QString m_table;
    ImportMapping m_mapping;
    QList<Mapped> m_mapped;
    Catalogue m_catalogue;
    int m_classLength = 4; // the scheme of the store's components: 4 (2013) or 5 (2026) digit classes
    QHash<QString, QHash<QString, std::optional<QString>>> m_resolved; // column -> value -> code
    QMap<QString, qint64> m_readings;                                  // "column\nvalue\ncode" -> features
};

} // namespace uo
