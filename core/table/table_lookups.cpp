#include "core/table/table_lookups.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"

#include <QCollator>
#include <algorithm>

namespace uo {

namespace {

// Enumerated codes of the schema (CHECK constraints) and their words. Codes shared by two columns
// (`other`, `emergency`) mean the same in both.
const QList<QPair<QString, const char *>> &words()
{
    static const QList<QPair<QString, const char *>> list{
        {QStringLiteral("intact"), QT_TRANSLATE_NOOP("uo::TableLookups", "intact")},
        {QStringLiteral("damaged"), QT_TRANSLATE_NOOP("uo::TableLookups", "damaged")},
        {QStringLiteral("missing"), QT_TRANSLATE_NOOP("uo::TableLookups", "missing")},
        {QStringLiteral("occupied"), QT_TRANSLATE_NOOP("uo::TableLookups", "occupied")},
        {QStringLiteral("discarded"), QT_TRANSLATE_NOOP("uo::TableLookups", "discarded")},
        {QStringLiteral("removed"), QT_TRANSLATE_NOOP("uo::TableLookups", "removed")},
        {QStringLiteral("surveyed"), QT_TRANSLATE_NOOP("uo::TableLookups", "surveyed")},
        {QStringLiteral("topographic"), QT_TRANSLATE_NOOP("uo::TableLookups", "topographic map")},
        {QStringLiteral("field_drawn"), QT_TRANSLATE_NOOP("uo::TableLookups", "field drawn")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("uo::TableLookups", "other")},
        {QStringLiteral("red"), QT_TRANSLATE_NOOP("uo::TableLookups", "red")},
        {QStringLiteral("orange"), QT_TRANSLATE_NOOP("uo::TableLookups", "orange")},
        {QStringLiteral("yellow"), QT_TRANSLATE_NOOP("uo::TableLookups", "yellow")},
        {QStringLiteral("blue"), QT_TRANSLATE_NOOP("uo::TableLookups", "blue")},
        {QStringLiteral("submitted"), QT_TRANSLATE_NOOP("uo::TableLookups", "submitted")},
        {QStringLiteral("under_review"), QT_TRANSLATE_NOOP("uo::TableLookups", "under review")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("uo::TableLookups", "approved")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("uo::TableLookups", "rejected")},
        {QStringLiteral("returned_joint"),
         QT_TRANSLATE_NOOP("uo::TableLookups", "returned for joint review")},
        {QStringLiteral("works_started"), QT_TRANSLATE_NOOP("uo::TableLookups", "works started")},
        {QStringLiteral("restored"), QT_TRANSLATE_NOOP("uo::TableLookups", "restored")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("uo::TableLookups", "accepted")},
        {QStringLiteral("water"), QT_TRANSLATE_NOOP("uo::TableLookups", "water supply")},
        {QStringLiteral("drainage"), QT_TRANSLATE_NOOP("uo::TableLookups", "drainage")},
        {QStringLiteral("gas"), QT_TRANSLATE_NOOP("uo::TableLookups", "gas")},
        {QStringLiteral("power"), QT_TRANSLATE_NOOP("uo::TableLookups", "power")},
        {QStringLiteral("telecom"), QT_TRANSLATE_NOOP("uo::TableLookups", "telecom")},
        {QStringLiteral("broadcast"), QT_TRANSLATE_NOOP("uo::TableLookups", "broadcast")},
        {QStringLiteral("heat"), QT_TRANSLATE_NOOP("uo::TableLookups", "heat")},
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("uo::TableLookups", "new")},
        {QStringLiteral("upgrade"), QT_TRANSLATE_NOOP("uo::TableLookups", "upgrade")},
        {QStringLiteral("repair"), QT_TRANSLATE_NOOP("uo::TableLookups", "repair")},
        {QStringLiteral("emergency"), QT_TRANSLATE_NOOP("uo::TableLookups", "emergency repair")},
        {QStringLiteral("connection"), QT_TRANSLATE_NOOP("uo::TableLookups", "service connection")},
        {QStringLiteral("trunk"), QT_TRANSLATE_NOOP("uo::TableLookups", "expressway")},
        {QStringLiteral("main"), QT_TRANSLATE_NOOP("uo::TableLookups", "main road")},
        {QStringLiteral("secondary"), QT_TRANSLATE_NOOP("uo::TableLookups", "secondary road")},
        {QStringLiteral("branch"), QT_TRANSLATE_NOOP("uo::TableLookups", "branch road")},
        {QStringLiteral("district"), QT_TRANSLATE_NOOP("uo::TableLookups", "district")},
        {QStringLiteral("built_up"), QT_TRANSLATE_NOOP("uo::TableLookups", "built-up area")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("uo::TableLookups", "street")},
        {QStringLiteral("town"), QT_TRANSLATE_NOOP("uo::TableLookups", "town")},
    };
    return list;
}

// Which codes each enumerated column takes; a code not listed for a column is still shown by its word.
QStringList codesOf(const QString &column)
{
    static const QHash<QString, QStringList> codes{
        {QStringLiteral("state"),
         {QStringLiteral("intact"), QStringLiteral("damaged"), QStringLiteral("missing"),
          QStringLiteral("occupied"), QStringLiteral("discarded"), QStringLiteral("removed")}},
        {QStringLiteral("data_source"),
         {QStringLiteral("surveyed"), QStringLiteral("topographic"), QStringLiteral("field_drawn"),
          QStringLiteral("other")}},
        {QStringLiteral("level"),
         {QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"), QStringLiteral("blue")}},
        {QStringLiteral("status"),
         {QStringLiteral("submitted"), QStringLiteral("under_review"), QStringLiteral("approved"),
          QStringLiteral("rejected"), QStringLiteral("returned_joint"), QStringLiteral("works_started"),
          QStringLiteral("restored"), QStringLiteral("accepted")}},
        {QStringLiteral("utility_type"),
         {QStringLiteral("water"), QStringLiteral("drainage"), QStringLiteral("gas"), QStringLiteral("power"),
          QStringLiteral("telecom"), QStringLiteral("broadcast"), QStringLiteral("heat"),
          QStringLiteral("other")}},
        {QStringLiteral("work_type"),
         {QStringLiteral("new"), QStringLiteral("upgrade"), QStringLiteral("repair"),
          QStringLiteral("emergency"), QStringLiteral("connection")}},
        {QStringLiteral("grade"),
         {QStringLiteral("trunk"), QStringLiteral("main"), QStringLiteral("secondary"),
          QStringLiteral("branch")}},
        {QStringLiteral("kind"),
         {QStringLiteral("district"), QStringLiteral("built_up"), QStringLiteral("street"),
          QStringLiteral("town")}},
    };
    return codes.value(column);
}

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

QString TableLookups::word(const QString &code)
{
    for (const auto &[key, text] : words())
        if (key == code)
            return QCoreApplication::translate("uo::TableLookups", text);
    return code;
}

QString TableLookups::display(const TableColumn &column, const QVariant &raw) const
{
    if (raw.isNull())
        return QString();
    using Kind = TableColumn::Kind;
    switch (column.kind) {
    case Kind::Enum:
        return word(raw.toString());
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
        for (const QString &code : codesOf(column.name))
            list.append({code, word(code)});
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
