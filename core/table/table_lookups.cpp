#include "core/table/table_lookups.h"

#include "core/catalogue/code_lists.h"
#include "core/sql/database.h"
#include "core/sql/statement.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace uo {

namespace {

template <typename Key> void readNames(sql::Database &db, const char *sql, QHash<Key, QString> &into)
{
    // A store of an older version may lack a table; the names are then simply unknown.
    try {
        auto query = db.prepare(sql);
        while (query.step()) {
            if constexpr (std::is_same_v<Key, qint64>)
                into.insert(query.int64(0), query.text(1));
            else
                into.insert(query.text(0), query.text(1));
        }
    } catch (const std::exception &) {
        into.clear();
    }
}

template <typename Key>
QList<QPair<QVariant, QString>> sortedChoices(const QHash<Key, QString> &names, bool withCode)
{
    QList<QPair<QVariant, QString>> list;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QString text = it.value();
        if constexpr (!std::is_same_v<Key, qint64>)
            if (withCode)
                text = it.key() + QLatin1Char(' ') + text;
        list.append({QVariant::fromValue(it.key()), text});
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(list.begin(), list.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    return list;
}

} // namespace

TableLookups TableLookups::load(sql::Database &db)
{
    TableLookups lookups;
    lookups.m_dialect = db.dialect();
    readNames(db, "SELECT id, name FROM entities", lookups.m_entities);
    readNames(db, "SELECT id, name FROM people", lookups.m_people);
    readNames(db, "SELECT id, name FROM roads", lookups.m_roads);
    readNames(db, "SELECT code, name FROM streets", lookups.m_streets);
    readNames(db, "SELECT code, name FROM communities", lookups.m_communities);
    // Both schemes' classes: a store may hold components of either.
    readNames(db, "SELECT code, name FROM catalogue", lookups.m_classes);
    // The class dropdown offers the scheme the components are in; a sample says which, without
    // reading a million rows.
    QHash<QString, QString> sample;
    readNames(db, "SELECT class_code, '' FROM components LIMIT 500", sample);
    for (auto it = sample.cbegin(); it != sample.cend(); ++it)
        if (!lookups.m_classCodeLengths.contains(it.key().size()))
            lookups.m_classCodeLengths.append(it.key().size());
    if (lookups.m_classCodeLengths.isEmpty())
        lookups.m_classCodeLengths.append(4);
    return lookups;
}

QString TableLookups::display(const TableColumn &column, const QVariant &raw) const
{
    if (raw.isNull())
        return QString();
    using Kind = TableColumn::Kind;
    switch (column.kind) {
    case Kind::Enum:
        return CodeLists::word(QString(), column.name, raw.toString());
    case Kind::Flag:
        return raw.toLongLong() ? tr("yes") : tr("no");
    case Kind::Entity:
        return m_entities.value(raw.toLongLong(), raw.toString());
    case Kind::Person:
        return m_people.value(raw.toLongLong(), raw.toString());
    case Kind::Road:
        return m_roads.value(raw.toLongLong(), raw.toString());
    case Kind::Street:
        return m_streets.value(raw.toString(), raw.toString());
    case Kind::Community:
        return m_communities.value(raw.toString(), raw.toString());
    case Kind::ClassCode: {
        const QString code = raw.toString();
        const auto it = m_classes.constFind(code);
        return it == m_classes.cend() ? code : code + QLatin1Char(' ') + *it;
    }
    default:
        return raw.toString();
    }
}

QList<QPair<QVariant, QString>> TableLookups::choices(const TableColumn &column) const
{
    using Kind = TableColumn::Kind;
    switch (column.kind) {
    case Kind::Enum: {
        QList<QPair<QVariant, QString>> list;
        for (const QString &code : CodeLists::codesOfColumn(column.name))
            list.append({code, CodeLists::word(QString(), column.name, code)});
        return list;
    }
    case Kind::Flag:
        return {{qint64(1), tr("yes")}, {qint64(0), tr("no")}};
    case Kind::Entity:
        return sortedChoices(m_entities, false);
    case Kind::Person:
        return sortedChoices(m_people, false);
    case Kind::Road:
        return sortedChoices(m_roads, false);
    case Kind::Street:
        return sortedChoices(m_streets, false);
    case Kind::Community:
        return sortedChoices(m_communities, false);
    case Kind::ClassCode:
        return sortedChoices(m_classes, true);
    default:
        return {};
    }
}

QList<QPair<QString, QString>> TableLookups::majorClasses() const
{
    QList<QPair<QString, QString>> list;
    for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it)
        if (it.key().size() == 2)
            list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end());
    return list;
}

QList<QPair<QString, QString>> TableLookups::minorClasses(const QString &major) const
{
    QList<QPair<QString, QString>> list;
    for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it)
        if (m_classCodeLengths.contains(it.key().size()) && it.key().startsWith(major))
            list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace uo
