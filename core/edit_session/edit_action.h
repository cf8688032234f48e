#pragma once

#include "core/store/layers.h"

#include <QHash>
#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace uo::edit {

// One feature (a row of a table). Rows added in an edit session have a negative id until it is saved.
struct FeatureKey
{
    QString table;
    qint64 id = 0;

    bool isNew() const { return id < 0; }
    friend bool operator==(const FeatureKey &, const FeatureKey &) = default;
    friend bool operator<(const FeatureKey &a, const FeatureKey &b)
    {
        return a.table != b.table ? a.table < b.table : a.id < b.id;
    }
};

inline size_t qHash(const FeatureKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.table, key.id);
}

// A whole row by column name (geometry as a SpatiaLite blob in `geom`); no value means "no such row"
// (not yet inserted, or deleted).
using RowState = std::optional<QVariantMap>;

// One row going from one state to another. Whole rows, not differences: applying and reverting then
// need no reading, and a step can be checked against the row it expects.
struct EditStep
{
    FeatureKey key;
    RowState before;
    RowState after;
};

// What one user action changes: the unit of undo.
struct EditAction
{
    QString text;
    QList<EditStep> steps;

    bool isEmpty() const { return steps.isEmpty(); }
};

// Columns that point at a layer's id, and so may hold the negative id of a row new in a session.
struct RowReference
{
    const char *table; // not a map layer: a risk point's records
    const char *column;
    Layer target;
};
inline constexpr RowReference kRowReferences[] = {{"risk_records", "risk_id", Layer::RiskPoints}};

// After a save: the rows an action knew by their session ids (negative) now known by their ids in the
// store, references to them included, and new components by the identifier the save gave them when
// another workstation had taken theirs. An action kept for undo then names the rows as saved, so that
// undoing it after the save is a new edit of those rows.
void renameSavedRows(EditAction &action, const QHash<qint64, qint64> &newIds,
                     const QHash<FeatureKey, QString> &renumbered);

// Values as they are compared: numbers by value whatever their C++ type, so that an int typed in a form
// equals the qint64 read back from SQLite.
bool sameValue(const QVariant &a, const QVariant &b);
bool sameRow(const RowState &a, const RowState &b);
// Values as the store keeps them: integers as qint64, booleans as 0/1, empty strings kept.
QVariant storedValue(const QVariant &value);

} // namespace uo::edit
