#include "core/catalogue/code_lists.h"

#include "core/store/layers.h"

#include <QHash>
#include <QTranslator>
#include <algorithm>
#include <iterator>
#include <limits>

namespace uo {

namespace {

constexpr const char *kContext = "uo::CodeLists";

struct Word
{
    const char *source;  // English, translated in the context uo::CodeLists
    const char *comment; // tells apart the same English word for different things ("other")
};

struct Code
{
    const char *table;
    const char *column;
    const char *code;
    Word word;
};

// The layers' tables as the layer registry names them (core/store/layers.h); other tables by name.
const char *const kComponents = tableName(Layer::Components);
const char *const kDistrictBoundary = tableName(Layer::DistrictBoundary);
const char *const kPermits = tableName(Layer::Permits);
const char *const kRiskPoints = tableName(Layer::RiskPoints);
const char *const kRoads = tableName(Layer::Roads);
const char *const kStreets = tableName(Layer::Streets);

// In the order the schema lists them (the order dropdowns show).
const Code kCodes[] = {
    {kComponents, "state", "intact", {QT_TRANSLATE_NOOP("uo::CodeLists", "intact"), nullptr}},
    {kComponents, "state", "damaged", {QT_TRANSLATE_NOOP("uo::CodeLists", "damaged"), nullptr}},
    {kComponents, "state", "missing", {QT_TRANSLATE_NOOP("uo::CodeLists", "missing"), nullptr}},
    {kComponents, "state", "occupied", {QT_TRANSLATE_NOOP("uo::CodeLists", "occupied"), nullptr}},
    {kComponents, "state", "discarded", {QT_TRANSLATE_NOOP("uo::CodeLists", "discarded"), nullptr}},
    {kComponents, "state", "removed", {QT_TRANSLATE_NOOP("uo::CodeLists", "removed"), nullptr}},
    {kComponents, "data_source", "surveyed", {QT_TRANSLATE_NOOP("uo::CodeLists", "surveyed"), nullptr}},
    {kComponents,
     "data_source",
     "topographic",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "topographic map"), nullptr}},
    {kComponents, "data_source", "field_drawn", {QT_TRANSLATE_NOOP("uo::CodeLists", "field drawn"), nullptr}},
    {kComponents, "data_source", "other", QT_TRANSLATE_NOOP3("uo::CodeLists", "other", "data source")},
    {kRoads, "grade", "trunk", {QT_TRANSLATE_NOOP("uo::CodeLists", "expressway"), nullptr}},
    {kRoads, "grade", "main", {QT_TRANSLATE_NOOP("uo::CodeLists", "main road"), nullptr}},
    {kRoads, "grade", "secondary", {QT_TRANSLATE_NOOP("uo::CodeLists", "secondary road"), nullptr}},
    {kRoads, "grade", "branch", {QT_TRANSLATE_NOOP("uo::CodeLists", "branch road"), nullptr}},
    {kRiskPoints, "level", "red", {QT_TRANSLATE_NOOP("uo::CodeLists", "red"), nullptr}},
    {kRiskPoints, "level", "orange", {QT_TRANSLATE_NOOP("uo::CodeLists", "orange"), nullptr}},
    {kRiskPoints, "level", "yellow", {QT_TRANSLATE_NOOP("uo::CodeLists", "yellow"), nullptr}},
    {kRiskPoints, "level", "blue", {QT_TRANSLATE_NOOP("uo::CodeLists", "blue"), nullptr}},
    {kRiskPoints, "category", "septic_tank", {QT_TRANSLATE_NOOP("uo::CodeLists", "septic tank"), nullptr}},
    {kRiskPoints, "category", "slope", {QT_TRANSLATE_NOOP("uo::CodeLists", "slope"), nullptr}},
    {kRiskPoints, "category", "gas", {QT_TRANSLATE_NOOP("uo::CodeLists", "gas network"), nullptr}},
    {kRiskPoints, "category", "flooding", {QT_TRANSLATE_NOOP("uo::CodeLists", "flooding spot"), nullptr}},
    {kRiskPoints, "category", "bridge", {QT_TRANSLATE_NOOP("uo::CodeLists", "bridge"), nullptr}},
    {kRiskPoints,
     "category",
     "dangerous_building",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "dangerous building"), nullptr}},
    {kRiskPoints,
     "category",
     "underground_space",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "underground space"), nullptr}},
    {kRiskPoints,
     "category",
     "construction_site",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "construction site"), nullptr}},
    {kRiskPoints,
     "category",
     "falling_objects",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "falling objects"), nullptr}},
    {kRiskPoints, "category", "other", QT_TRANSLATE_NOOP3("uo::CodeLists", "other", "risk category")},
    {kPermits, "status", "submitted", {QT_TRANSLATE_NOOP("uo::CodeLists", "submitted"), nullptr}},
    {kPermits, "status", "under_review", {QT_TRANSLATE_NOOP("uo::CodeLists", "under review"), nullptr}},
    {kPermits, "status", "approved", {QT_TRANSLATE_NOOP("uo::CodeLists", "approved"), nullptr}},
    {kPermits, "status", "rejected", {QT_TRANSLATE_NOOP("uo::CodeLists", "rejected"), nullptr}},
    {kPermits,
     "status",
     "returned_joint",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "returned for joint excavation"), nullptr}},
    {kPermits, "status", "works_started", {QT_TRANSLATE_NOOP("uo::CodeLists", "works started"), nullptr}},
    {kPermits, "status", "restored", {QT_TRANSLATE_NOOP("uo::CodeLists", "restored"), nullptr}},
    {kPermits, "status", "accepted", {QT_TRANSLATE_NOOP("uo::CodeLists", "accepted"), nullptr}},
    {kPermits, "utility_type", "water", {QT_TRANSLATE_NOOP("uo::CodeLists", "water supply"), nullptr}},
    {kPermits, "utility_type", "drainage", {QT_TRANSLATE_NOOP("uo::CodeLists", "drainage"), nullptr}},
    {kPermits, "utility_type", "gas", {QT_TRANSLATE_NOOP("uo::CodeLists", "gas"), nullptr}},
    {kPermits, "utility_type", "power", {QT_TRANSLATE_NOOP("uo::CodeLists", "power"), nullptr}},
    {kPermits, "utility_type", "telecom", {QT_TRANSLATE_NOOP("uo::CodeLists", "telecom"), nullptr}},
    {kPermits, "utility_type", "broadcast", {QT_TRANSLATE_NOOP("uo::CodeLists", "broadcast"), nullptr}},
    {kPermits, "utility_type", "heat", {QT_TRANSLATE_NOOP("uo::CodeLists", "heat"), nullptr}},
    {kPermits, "utility_type", "other", QT_TRANSLATE_NOOP3("uo::CodeLists", "other", "utility")},
    {kPermits, "work_type", "new", {QT_TRANSLATE_NOOP("uo::CodeLists", "new"), nullptr}},
    {kPermits, "work_type", "upgrade", {QT_TRANSLATE_NOOP("uo::CodeLists", "upgrade"), nullptr}},
    {kPermits, "work_type", "repair", {QT_TRANSLATE_NOOP("uo::CodeLists", "repair"), nullptr}},
    {kPermits, "work_type", "emergency", {QT_TRANSLATE_NOOP("uo::CodeLists", "emergency repair"), nullptr}},
    {kPermits,
     "work_type",
     "connection",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "service connection"), nullptr}},
    {"permit_history", "route", "online", {QT_TRANSLATE_NOOP("uo::CodeLists", "online service"), nullptr}},
    {"permit_history",
     "route",
     "coordination",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "coordination by the governance centres"), nullptr}},
    {"permit_history",
     "route",
     "joint_enforcement",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "joint enforcement"), nullptr}},
    {"people", "role", "officer", {QT_TRANSLATE_NOOP("uo::CodeLists", "city-management officer"), nullptr}},
    {"people", "role", "municipal", {QT_TRANSLATE_NOOP("uo::CodeLists", "municipal works"), nullptr}},
    {"people", "role", "greening", {QT_TRANSLATE_NOOP("uo::CodeLists", "greening"), nullptr}},
    {"people", "role", "sanitation", {QT_TRANSLATE_NOOP("uo::CodeLists", "sanitation"), nullptr}},
    {kDistrictBoundary, "kind", "district", {QT_TRANSLATE_NOOP("uo::CodeLists", "district"), nullptr}},
    {kDistrictBoundary, "kind", "built_up", {QT_TRANSLATE_NOOP("uo::CodeLists", "built-up area"), nullptr}},
    {kStreets, "kind", "street", {QT_TRANSLATE_NOOP("uo::CodeLists", "street"), nullptr}},
    {kStreets, "kind", "town", {QT_TRANSLATE_NOOP("uo::CodeLists", "town"), nullptr}},
};

bool matches(const Code &c, const QString &table, const QString &column)
{
    return (table.isEmpty() || table == QLatin1String(c.table)) && column == QLatin1String(c.column);
}

// The first code of the list with this column and code (in `table`, or in any table when it is empty).
// Asked for every row of a register (10,000 permits, 30,000 cases): a hash by column and code, not a
// scan of the list.
const Code *find(const QString &table, const QString &column, const QString &code)
{
    static const QMultiHash<QString, const Code *> byKey = [] {
        QMultiHash<QString, const Code *> hash;
        // A multi-hash finds the last insert first: inserted backwards, the list's order holds.
        for (auto it = std::rbegin(kCodes); it != std::rend(kCodes); ++it)
            hash.insert(QLatin1String(it->column) + QChar(0x1f) + QLatin1String(it->code), &*it);
        return hash;
    }();
    const QString key = column + QChar(0x1f) + code;
    for (auto it = byKey.constFind(key); it != byKey.cend() && it.key() == key; ++it)
        if (matches(**it, table, column))
            return *it;
    return nullptr;
}

// The Chinese words, read once from the Chinese catalogue compiled into the program (:/i18n), so
// that a Chinese file is read the same in an English interface. Without the catalogue (a library
// used on its own) a value is read by its code and English word only.
const QHash<const Code *, QString> &chineseWords()
{
    static const QHash<const Code *, QString> words = [] {
        QHash<const Code *, QString> out;
        QTranslator zh;
        if (!zh.load(QStringLiteral(":/i18n/urbanops_zh_CN.qm")))
            return out;
        for (const Code &c : kCodes)
            if (const QString text = zh.translate(kContext, c.word.source, c.word.comment); !text.isEmpty())
                out.insert(&c, text);
        return out;
    }();
    return words;
}

QStringList spellings(const Code &c)
{
    QStringList out{matchKey(QLatin1String(c.code)), matchKey(QLatin1String(c.word.source))};
    if (const QString zh = chineseWords().value(&c); !zh.isEmpty())
        out.append(matchKey(zh));
    return out;
}

} // namespace

QStringList CodeLists::codes(const QString &table, const QString &column)
{
    QStringList out;
    for (const Code &c : kCodes)
        if (table == QLatin1String(c.table) && column == QLatin1String(c.column))
            out.append(QLatin1String(c.code));
    return out;
}

QStringList CodeLists::codesOfColumn(const QString &column)
{
    QStringList out;
    for (const Code &c : kCodes)
        if (column == QLatin1String(c.column) && !out.contains(QLatin1String(c.code)))
            out.append(QLatin1String(c.code));
    return out;
}

QString CodeLists::word(const QString &table, const QString &column, const QString &code)
{
    const Code *c = find(table, column, code);
    return c ? QCoreApplication::translate(kContext, c->word.source, c->word.comment) : code;
}

QString CodeLists::title(const QString &table, const QString &column, const QString &code)
{
    QString text = word(table, column, code);
    if (!text.isEmpty() && find(table, column, code))
        text[0] = text[0].toUpper();
    return text;
}

QString CodeLists::english(const QString &table, const QString &column, const QString &code)
{
    const Code *c = find(table, column, code);
    return c ? QLatin1String(c->word.source) : code;
}

QString CodeLists::chinese(const QString &table, const QString &column, const QString &code)
{
    const Code *c = find(table, column, code);
    return c ? chineseWords().value(c, english(table, column, code)) : code;
}

std::optional<QString> CodeLists::codeFor(const QString &table, const QString &column, const QString &value)
{
    const QString wanted = matchKey(value);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Code &c : kCodes)
        if (matches(c, table, column) && spellings(c).contains(wanted))
            return QString::fromLatin1(c.code);
    // Chinese files shorten words: 红 for 红色, 主干 for 主干路. Only a start that fits one word counts.
    if (wanted.front().unicode() < 0x2E80)
        return std::nullopt;
    const Code *only = nullptr;
    for (const Code &c : kCodes) {
        const QString zh = matchKey(chineseWords().value(&c));
        if (matches(c, table, column) && zh.startsWith(wanted)) {
            if (only)
                return std::nullopt;
            only = &c;
        }
    }
    return only ? std::optional<QString>(QString::fromLatin1(only->code)) : std::nullopt;
}

QStringList CodeLists::nearest(const QString &table, const QString &column, const QString &value, int count)
{
    const QString wanted = matchKey(value);
    QList<QPair<int, const Code *>> ranked;
    for (const Code &c : kCodes) {
        if (!matches(c, table, column))
            continue;
        int best = std::numeric_limits<int>::max();
        for (const QString &s : spellings(c))
            best = std::min(best, editDistance(wanted, s));
        ranked.append({best, &c});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (qsizetype i = 0; i < ranked.size() && i < count; ++i) {
        const Code *c = ranked[i].second;
        const QString zh = chineseWords().value(c);
        out.append(zh.isEmpty() ? QLatin1String(c->word.source)
                                : QStringLiteral("%1 (%2)").arg(zh, QLatin1String(c->word.source)));
    }
    return out;
}

QString matchKey(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    out.removeIf([](QChar ch) { return ch.isSpace() || ch == QLatin1Char('_') || ch == QLatin1Char('-'); });
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return int(row[b.size()]);
}

} // namespace uo
