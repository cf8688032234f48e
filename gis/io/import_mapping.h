#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;

// Which field of the source file fills which column of a store layer. The user edits it; the
// workstation remembers it per source so that next month's file from the same department maps itself.
// A source that starts with "=" is a fixed value every feature takes ("=main" for a file of main
// roads): what a drawing without attributes (DXF, KML) needs to fill a required column. Coded columns
// read codes and the workstation's words for them (CodeLists, the catalogue); the mapping adds a
// file's own spellings ("好" for intact), column by column.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(uo::ImportMapping)

public:
    struct Column
    {
        QString name;
        QString type;          // INTEGER, REAL or TEXT, as declared
        bool required = false; // NOT NULL without a default
        QString unique;        // non-empty: the column is UNIQUE (its name)
    };

    // The layers an import may fill, in the order the workstation offers them.
    static QStringList targetTables();
    // The columns of `table` an import can fill: every column but the row id and the geometry.
    static QList<Column> columns(DistrictStore &store, const QString &table);

    // A first guess: a column takes the source field of the same name (any case), of its name cut to
    // the 10 characters a Shapefile keeps, or of a usual Chinese name for it.
    static ImportMapping guess(const QList<Column> &columns, const QStringList &sourceFields);

    static bool isFixed(const QString &source) { return source.startsWith(QLatin1Char('=')); }
    static QString fixedValue(const QString &source) { return source.mid(1); }

    QString source(const QString &column) const { return m_sources.value(column); }
    void setSource(const QString &column, const QString &field);
    const QHash<QString, QString> &sources() const { return m_sources; }
    bool isEmpty() const { return m_sources.isEmpty(); }

    // A local spelling: in `column`, the file's `label` stands for `code`.
    void setValue(const QString &column, const QString &label, const QString &code);
    // The code a label stands for in `column`, or an empty string.
    QString value(const QString &column, const QString &label) const
    {
        return m_values.value(column).value(label);
    }
    const QHash<QString, QHash<QString, QString>> &values() const { return m_values; }
    // Adds spellings written as on the command line: "state:好=intact,坏=damaged,level:红=red" (a pair
    // without a column belongs to the column before it). Returns what is wrong with the text, or "".
    QString addValues(const QString &text);

    // Whether the import fills a column itself when no field does: a component's name and state, its
    // class from its identifier (or, with generated identifiers, the identifier from its class), a risk
    // point's generated code, a permit's status and area.
    static bool filledByImport(const QString &table, const QString &column, bool generateIds);
    // Required columns no field fills and that the import cannot fill itself (with `generateIds`, a
    // component's identifier and a risk point's code).
    QStringList missingRequired(const QString &table, const QList<Column> &columns,
                                bool generateIds = false) const;

    // The fields and spellings as JSON, for remembering.
    QString toJson() const;
    static ImportMapping fromJson(const QString &json);

    friend bool operator==(const ImportMapping &a, const ImportMapping &b)
    {
        return a.m_sources == b.m_sources && a.m_values == b.m_values;
    }

private:
    QHash<QString, QString> m_sources;                // column -> source field
    QHash<QString, QHash<QString, QString>> m_values; // column -> label -> code
};

} // namespace uo
