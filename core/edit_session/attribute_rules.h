#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariant>

namespace uo {
class DistrictStore;
}

namespace uo::edit {

class EditSession;

// What an attribute form accepts, column by column, so that a bad value is refused with a sentence at
// the form rather than by a constraint at save: identifiers in the standard's format, of this district
// and not used by another component (in the store or the session); the values a state, level or kind
// may take; dates as YYYY-MM-DD; responsible entities that are in the register.
class AttributeRules
{
    Q_DECLARE_TR_FUNCTIONS(uo::edit::AttributeRules)

public:
    // The values a column may take; empty when it is free text or a number.
    static QStringList choices(const QString &table, const QString &column);
    // Whether the column holds the id of an entity in the register.
    static bool isEntityReference(const QString &table, const QString &column);
    // The entities of the register such a column may hold, id and name, by name.
    static QList<QPair<qint64, QString>> entities(DistrictStore &store);
    static bool isDate(const QString &column);
    // A column as the attribute table titles it ("Competent department" for dept_id), translated.
    static QString title(const QString &column);
    // Columns a form shows for a table: every column but the id and the geometry.
    static QStringList editableColumns(EditSession &session, const QString &table);

    // An empty string when `value` is accepted for row `id` (negative: new) of `table`, else why not.
    static QString check(EditSession &session, const QString &table, const QString &column,
                         const QVariant &value, qint64 id);

private:
    // Whether another row than `id` holds `text` in a column the store keeps unique, as the session sees
    // the rows (the store's, with this session's changes over them).
    static bool usedElsewhere(EditSession &session, const QString &table, const QString &column,
                              const QString &text, qint64 id);
};

} // namespace uo::edit
