#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <optional>

namespace uo {

// What the attribute table needs of an edit session, so that the model stays in core while the
// session's undo commands live in the application: which cells may change now, the values not saved
// yet, and a way to change one value as one user action.
class TableEdits
{
public:
    virtual ~TableEdits() = default;

    // Whether `column` of `table` can be edited now (an edit session is on and the column is one
    // the attribute form offers).
    virtual bool isEditable(const QString &table, const QString &column) const = 0;
    // The row as the session has it, when the session has changed it (and not yet saved).
    virtual std::optional<QVariantMap> pendingRow(const QString &table, qint64 id) const = 0;
    // Changes one value, as the attribute form would: empty when done, else why it was refused.
    // `shown`: the value the cell showed, when the table had read it (EditSession::setValues says why).
    virtual QString setValue(const QString &table, qint64 id, const QString &column, const QVariant &value,
                             const std::optional<QVariant> &shown) = 0;
};

} // namespace uo
