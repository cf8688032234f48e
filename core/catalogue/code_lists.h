#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace uo {

// The codes the store keeps in its coded columns (the CHECK lists of the schema, and the risk
// categories) and their words. One list: the attribute table, the forms, the permit and roster widgets
// show these words, and an import reads a file's values by them, so a value is read by the same name
// the workstation shows for it. Keys are a table and a column: `kind` and `other` mean different
// things in different tables.
class CodeLists
{
    Q_DECLARE_TR_FUNCTIONS(uo::CodeLists)

public:
    // The codes a column takes, in their natural order; empty when the column is not coded.
    static QStringList codes(const QString &table, const QString &column);
    // Whether the column is coded in any table (the attribute table knows a column by its name only).
    static QStringList codesOfColumn(const QString &column);

    // The word for a code in the interface language ("intact", 完好); the code when it has none.
    // An empty table finds the column in any table.
    static QString word(const QString &table, const QString &column, const QString &code);
    // The word starting with a capital, for lists, titles and buttons ("Intact").
    static QString title(const QString &table, const QString &column, const QString &code);
    // The word in English and in Simplified Chinese whatever the interface language: what a file from
    // another department writes.
    static QString english(const QString &table, const QString &column, const QString &code);
    static QString chinese(const QString &table, const QString &column, const QString &code);

    // The code a file's value stands for: the code itself, its English or Chinese word (any case,
    // spaces and underscores ignored), or the start of exactly one Chinese word (红 for 红色).
    static std::optional<QString> codeFor(const QString &table, const QString &column, const QString &value);
    // The words nearest to an unknown value, best first, as "破损 (damaged)".
    static QStringList nearest(const QString &table, const QString &column, const QString &value,
                               int count = 3);
};

// A value as it is compared with a known name: letters in one case, full-width forms as ASCII, without
// spaces, underscores or dashes ("Main Road", "main_road" and "ＭＡＩＮ ＲＯＡＤ" are one).
QString matchKey(const QString &text);

// The edit distance between two texts (insertions, deletions and substitutions of characters): how
// near a misspelt value is to a known one.
int editDistance(const QString &a, const QString &b);

} // namespace uo
