#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo {

namespace sql {
class Database;
}

// One column of the attribute table. Most are a column of the store table; a few are derived (the
// street of a component comes from the first nine digits of its unit grid code), which is why the
// SQL used to sort and filter is kept apart from the name.
struct TableColumn
{
    // What a column holds decides how its values are shown and filtered: codes and foreign keys are
    // shown by their names, which the filter bar also matches.
    enum class Kind
    {
        Id,
        Text,
        Integer,
        Real,
        Date,
        Enum,
        Flag,
        Entity,
        Person,
        Road,
        Street,
        Community,
        ClassCode
    };

    QString name;       // the store column, or the derived column's own name
    QString expression; // SQL over the store table that yields the raw value
    Kind kind = Kind::Text;
    // For a column derived as the start of another (a component's street is the first nine digits
    // of its unit grid code): that column, quoted. Sorting and matching go through it so that its
    // index serves them; empty for every other column.
    QString prefixOf;
    int prefixLength = 0;

    // What the table sorts by: the column itself, or the one it is the start of (rows of one street
    // then follow one another by grid cell).
    const QString &sortExpression() const { return prefixOf.isEmpty() ? expression : prefixOf; }
    bool isNumeric() const { return kind == Kind::Id || kind == Kind::Integer || kind == Kind::Real; }
    // Whether the raw value is a code shown through a lookup or a word list.
    bool isCoded() const;
};

// The columns of a table as the attribute table shows them, and their human titles.
class TableColumns
{
    Q_DECLARE_TR_FUNCTIONS(uo::TableColumns)

public:
    // Every column of `table` except the geometry, in the store's order, with derived columns after
    // the column they come from. Throws RequestError when the table does not exist.
    static QList<TableColumn> load(sql::Database &db, const QString &table);
    // How the values of a column of `table` are shown: a code by its word, a key by its name.
    static TableColumn::Kind kindOf(const QString &table, const QString &name,
                                    const QString &declaredType = {});
    // "Competent department" for dept_id; the raw name for a column the program does not know.
    static QString title(const TableColumn &column);
    // Position of the column called `name`, or -1.
    static int indexOf(const QList<TableColumn> &columns, const QString &name);
};

} // namespace uo
