#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace uo {

// The features the user has selected, by map layer table and row id: one selection for the window,
// shared by the map (highlight), the attribute table ("selected rows only"), editing and export.
// Cleared when the district closes.
class FeatureSelection : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Replace,
        Add,
        Remove,
        Toggle
    };

    using QObject::QObject;

    bool isEmpty() const { return m_ids.isEmpty(); }
    qint64 count() const;
    qint64 count(const QString &table) const { return m_ids.value(table).size(); }
    bool contains(const QString &table, qint64 id) const { return m_ids.value(table).contains(id); }
    QSet<qint64> ids(const QString &table) const { return m_ids.value(table); }
    QStringList tables() const { return m_ids.keys(); }

    // Changes the selection of `table` (Replace also empties every other table) and emits changed()
    // once when anything changed.
    void select(const QString &table, const QSet<qint64> &ids, Mode mode = Mode::Replace);
    // Replaces the whole selection at once.
    void setAll(const QHash<QString, QSet<qint64>> &ids);
    void clear();

signals:
    void changed();

private:
    QHash<QString, QSet<qint64>> m_ids; // no empty sets
};

} // namespace uo
