#include "core/edit_session/edit_action.h"

namespace uo::edit {

namespace {
bool isInteger(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}
} // namespace

QVariant storedValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    if (isInteger(value))
        return QVariant(value.toLongLong());
    return value;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    const bool aNumber = isInteger(a) || a.typeId() == QMetaType::Double;
    const bool bNumber = isInteger(b) || b.typeId() == QMetaType::Double;
    if (aNumber != bNumber)
        return false;
    if (aNumber) {
        if (isInteger(a) && isInteger(b))
            return a.toLongLong() == b.toLongLong();
        return a.toDouble() == b.toDouble();
    }
    if ((a.typeId() == QMetaType::QByteArray) != (b.typeId() == QMetaType::QByteArray))
        return false;
    if (a.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

bool sameRow(const RowState &a, const RowState &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    // A column missing on one side counts as NULL.
    for (auto it = a->begin(); it != a->end(); ++it)
        if (!sameValue(it.value(), b->value(it.key())))
            return false;
    for (auto it = b->begin(); it != b->end(); ++it)
        if (!a->contains(it.key()) && !sameValue(QVariant(), it.value()))
            return false;
    return true;
}

void renameSavedRows(EditAction &action, const QHash<qint64, qint64> &newIds,
                     const QHash<FeatureKey, QString> &renumbered)
{
    if (newIds.isEmpty() && renumbered.isEmpty())
        return;
    for (EditStep &step : action.steps) {
        const auto ident = renumbered.constFind(step.key);
        const qint64 id = step.key.isNew() ? newIds.value(step.key.id, step.key.id) : step.key.id;
        for (RowState *state : {&step.before, &step.after}) {
            if (!*state)
                continue;
            QVariantMap &row = **state;
            if (ident != renumbered.cend())
                row.insert(QStringLiteral("ident"), *ident);
            if (row.contains(QStringLiteral("id")))
                row.insert(QStringLiteral("id"), id);
            for (const RowReference &ref : kRowReferences) {
                const QString column = QLatin1String(ref.column);
                if (step.key.table != QLatin1String(ref.table) || !row.contains(column))
                    continue;
                const qint64 target = row.value(column).toLongLong();
                if (target < 0)
                    row.insert(column, newIds.value(target, target));
            }
        }
        step.key.id = id;
    }
}

} // namespace uo::edit
