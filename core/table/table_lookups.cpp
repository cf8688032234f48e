#include "core/table/table_lookups.h"

#include "core/permits/permit_labels.h"
#include "core/permits/permit_workflow.h"
#include "core/sql/database.h"
#include "core/sql/statement.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace uo {

namespace {

// Enumerated codes of the schema (CHECK constraints) and their words, but for a permit's status,
// utility and work type, which are PermitLabels'. `other` means the same in every column.
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
        {QStringLiteral("trunk"), QT_TRANSLATE_NOOP("uo::TableLookups", "expressway")},
        {QStringLiteral("main"), QT_TRANSLATE_NOOP("uo::TableLookups", "main road")},
        {QStringLiteral("secondary"), QT_TRANSLATE_NOOP("uo::TableLookups", "secondary road")},
        {QStringLiteral("branch"), QT_TRANSLATE_NOOP("uo::TableLookups", "branch road")},
        {QStringLiteral("district"), QT_TRANSLATE_NOOP("uo::TableLookups", "district")},
        {QStringLiteral("built_up"), QT_TRANSLATE_NOOP("uo::TableLookups", "built-up area")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("uo::TableLookups", "street")},
        {QStringLiteral("town"), QT_TRANSLATE_NOOP("uo::TableLookups", "town")},
        {QStringLiteral("septic_tank"), QT_TRANSLATE_NOOP("uo::TableLookups", "septic tank")},
        {QStringLiteral("slope"), QT_TRANSLATE_NOOP("uo::TableLookups", "slope")},
        {QStringLiteral("flooding"), QT_TRANSLATE_NOOP("uo::TableLookups", "flooding spot")},
        {QStringLiteral("bridge"), QT_TRANSLATE_NOOP("uo::TableLookups", "bridge")},
        {QStringLiteral("dangerous_building"), QT_TRANSLATE_NOOP("uo::TableLookups", "dangerous building")},
        {QStringLiteral("underground_space"), QT_TRANSLATE_NOOP("uo::TableLookups", "underground space")},
        {QStringLiteral("construction_site"), QT_TRANSLATE_NOOP("uo::TableLookups", "construction site")},
        {QStringLiteral("falling_objects"), QT_TRANSLATE_NOOP("uo::TableLookups", "falling objects")},
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
        // Risk categories as the demo and the bureau's ledger keep them; others show as they are.
        {QStringLiteral("category"),
         {QStringLiteral("septic_tank"), QStringLiteral("slope"), QStringLiteral("gas"),
          QStringLiteral("flooding"), QStringLiteral("bridge"), QStringLiteral("dangerous_building"),
          QStringLiteral("underground_space"), QStringLiteral("construction_site"),
          QStringLiteral("falling_objects")}},
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
    // A permit's status, utility and work type have one word list, the permit register's. Looked up in
    // hashes: the register asks for the words of every permit's risk points.
    const auto set = [](const QStringList &keys) { return QSet<QString>(keys.cbegin(), keys.cend()); };
    static const QSet<QString> statuses = set(PermitWorkflow::statuses());
    static const QSet<QString> workTypes = set(PermitLabels::workTypes());
    // `other` is the same word in every column: ours.
    static const QSet<QString> utilities =
        set(PermitLabels::utilities()) - QSet<QString>{QStringLiteral("other")};
    static const QHash<QString, const char *> own = [] {
        QHash<QString, const char *> hash;
        for (const auto &[key, text] : words())
            hash.insert(key, text);
        return hash;
    }();
    if (statuses.contains(code))
        return PermitLabels::status(code);
    if (workTypes.contains(code))
        return PermitLabels::workType(code);
    if (utilities.contains(code))
        return PermitLabels::utility(code);
    const auto it = own.constFind(code);
    return it == own.cend() ? code : QCoreApplication::translate("uo::TableLookups", *it);
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
