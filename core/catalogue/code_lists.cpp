#include "core/catalogue/code_lists.h"

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

// In the order the schema lists them (the order dropdowns show).
const Code kCodes[] = {
    {"components", "state", "intact", {QT_TRANSLATE_NOOP("uo::CodeLists", "intact"), nullptr}},
    {"components", "state", "damaged", {QT_TRANSLATE_NOOP("uo::CodeLists", "damaged"), nullptr}},
    {"components", "state", "missing", {QT_TRANSLATE_NOOP("uo::CodeLists", "missing"), nullptr}},
    {"components", "state", "occupied", {QT_TRANSLATE_NOOP("uo::CodeLists", "occupied"), nullptr}},
    {"components", "state", "discarded", {QT_TRANSLATE_NOOP("uo::CodeLists", "discarded"), nullptr}},
    {"components", "state", "removed", {QT_TRANSLATE_NOOP("uo::CodeLists", "removed"), nullptr}},
    {"components", "data_source", "surveyed", {QT_TRANSLATE_NOOP("uo::CodeLists", "surveyed"), nullptr}},
    {"components",
     "data_source",
     "topographic",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "topographic map"), nullptr}},
    {"components",
     "data_source",
     "field_drawn",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "field drawn"), nullptr}},
    {"components", "data_source", "other", QT_TRANSLATE_NOOP3("uo::CodeLists", "other", "data source")},
    {"roads", "grade", "trunk", {QT_TRANSLATE_NOOP("uo::CodeLists", "expressway"), nullptr}},
    {"roads", "grade", "main", {QT_TRANSLATE_NOOP("uo::CodeLists", "main road"), nullptr}},
    {"roads", "grade", "secondary", {QT_TRANSLATE_NOOP("uo::CodeLists", "secondary road"), nullptr}},
    {"roads", "grade", "branch", {QT_TRANSLATE_NOOP("uo::CodeLists", "branch road"), nullptr}},
    {"risk_points", "level", "red", {QT_TRANSLATE_NOOP("uo::CodeLists", "red"), nullptr}},
    {"risk_points", "level", "orange", {QT_TRANSLATE_NOOP("uo::CodeLists", "orange"), nullptr}},
    {"risk_points", "level", "yellow", {QT_TRANSLATE_NOOP("uo::CodeLists", "yellow"), nullptr}},
    {"risk_points", "level", "blue", {QT_TRANSLATE_NOOP("uo::CodeLists", "blue"), nullptr}},
    {"risk_points", "category", "septic_tank", {QT_TRANSLATE_NOOP("uo::CodeLists", "septic tank"), nullptr}},
    {"risk_points", "category", "slope", {QT_TRANSLATE_NOOP("uo::CodeLists", "slope"), nullptr}},
    {"risk_points", "category", "gas", {QT_TRANSLATE_NOOP("uo::CodeLists", "gas network"), nullptr}},
    {"risk_points", "category", "flooding", {QT_TRANSLATE_NOOP("uo::CodeLists", "flooding spot"), nullptr}},
    {"risk_points", "category", "bridge", {QT_TRANSLATE_NOOP("uo::CodeLists", "bridge"), nullptr}},
    {"risk_points",
     "category",
     "dangerous_building",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "dangerous building"), nullptr}},
    {"risk_points",
     "category",
     "underground_space",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "underground space"), nullptr}},
    {"risk_points",
     "category",
     "construction_site",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "construction site"), nullptr}},
    {"risk_points",
     "category",
     "falling_objects",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "falling objects"), nullptr}},
    {"risk_points", "category", "other", QT_TRANSLATE_NOOP3("uo::CodeLists", "other", "risk category")},
    {"permits", "status", "submitted", {QT_TRANSLATE_NOOP("uo::CodeLists", "submitted"), nullptr}},
    {"permits", "status", "under_review", {QT_TRANSLATE_NOOP("uo::CodeLists", "under review"), nullptr}},
    {"permits", "status", "approved", {QT_TRANSLATE_NOOP("uo::CodeLists", "approved"), nullptr}},
    {"permits", "status", "rejected", {QT_TRANSLATE_NOOP("uo::CodeLists", "rejected"), nullptr}},
    {"permits",
     "status",
     "returned_joint",
     {QT_TRANSLATE_NOOP("uo::CodeLists", "returned for joint excavation"), nullptr}},
    {"permits", "status", "works_started", {QT_TRANSLATE_NOOP("uo::CodeLists", "works started"), nullptr}},
    {"permits", "status", "restored", {QT_TRANSLATE_NOOP("uo::CodeLists", "restored"), nullptr}},
    {"permits", "status", "accepted", {QT_TRANSLATE_NOOP("uo::CodeLists", "accepted"), nullptr}},
    {"permits", "utility_type", "water", {QT_TRANSLATE_NOOP("uo::CodeLists", "water supply"), nullptr}},
    {"permits", "utility_type", "drainage", {QT_TRANSLATE_NOOP("uo::CodeLists", "drainage"), nullptr}},
    {"permits", "utility_type", "gas", {QT_TRANSLATE_NOOP("uo::CodeLists", "gas"), nullptr}},
    {"permits", "utility_type", "power", {QT_TRANSLATE_NOOP("uo::CodeLists", "power"), nullptr}},
    {"permits", "utility_type", "telecom", {QT_TRANSLATE_NOOP("uo::CodeLists", "telecom"), nullptr}},
    {"permits", "utility_type", "broadcast", {QT_TRANSLATE_NOOP("uo::CodeLists", "broadcast"), nullptr}},
    {"permits", "utility_type", "heat", {QT_TRANSLATE_NOOP("uo::CodeLists", "heat"), nullptr}},
    {"permits", "utility_type", "other", QT_TRANSLATE_NOOP3("uo::CodeLists", "other", "utility")},
    {"permits", "work_type", "new", {QT_TRANSLATE_NOOP("uo::CodeLists", "new"), nullptr}},
    {"permits", "work_type", "upgrade", {QT_TRANSLATE_NOOP("uo::CodeLists", "upgrade"), nullptr}},
    {"permits", "work_type", "repair", {QT_TRANSLATE_NOOP("uo::CodeLists", "repair"), nullptr}},
    {"permits", "work_type", "emergency", {QT_TRANSLATE_NOOP("uo::CodeLists", "emergency repair"), nullptr}},
    {"permits",
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
    {"district_boundary", "kind", "district", {QT_TRANSLATE_NOOP("uo::CodeLists", "district"), nullptr}},
    {"district_boundary", "kind", "built_up", {QT_TRANSLATE_NOOP("uo::CodeLists", "built-up area"), nullptr}},
    {"streets", "kind", "street", {QT_TRANSLATE_NOOP("uo::CodeLists", "street"), nullptr}},
    {"streets", "kind", "town", {QT_TRANSLATE_NOOP("uo::CodeLists", "town"), nullptr}},
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
