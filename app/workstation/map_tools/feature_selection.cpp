#include "app/workstation/map_tools/feature_selection.h"

namespace uo {

qint64 FeatureSelection::count() const
{
    qint64 total = 0;
    for (const QSet<qint64> &ids : m_ids)
        total += ids.size();
    return total;
}

void FeatureSelection::select(const QString &table, const QSet<qint64> &ids, Mode mode)
{
    QHash<QString, QSet<qint64>> next = m_ids;
    QSet<qint64> current = mode == Mode::Replace ? QSet<qint64>() : next.value(table);
    if (mode == Mode::Replace)
        next.clear();
    switch (mode) {
    case Mode::Replace:
    case Mode::Add:
        current.unite(ids);
        break;
    case Mode::Remove:
        current.subtract(ids);
        break;
    case Mode::Toggle:
        for (qint64 id : ids)
            if (!current.remove(id))
                current.insert(id);
        break;
    }
    if (current.isEmpty())
        next.remove(table);
    else
        next.insert(table, current);
    setAll(next);
}

void FeatureSelection::setAll(const QHash<QString, QSet<qint64>> &ids)
{
    QHash<QString, QSet<qint64>> next;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        if (!it.value().isEmpty())
            next.insert(it.key(), it.value());
    if (next == m_ids)
        return;
    m_ids = next;
    emit changed();
}

void FeatureSelection::clear()
{
    setAll({});
}

} // namespace uo
