#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <limits>
#include <stdexcept>

namespace uo::cli {

// The command line's texts, translated in the context "uo::cli"; n chooses a plural form.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// Where a command writes: results to out, one-line reasons to err.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// An option of a command: a flag when valueName is null. Texts are QT_TRANSLATE_NOOP("uo::cli", ...)
// so that the table can be read before a translator is installed.
struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *description;
};

class Arguments;

// One command of urbanops-cli, e.g. "segments check DB". Every command is parsed by QCommandLineParser
// from this description, and every failure it throws is reported in one place (runCommandLine), so a
// command's run() holds only its own work.
struct Command
{
    const char *words;      // "segments check"
    const char *positional; // "DB FILE.csv"; a name in brackets is optional: "DB [PERMIT_NO]"
    QList<OptionSpec> options;
    const char *summary; // one line for the usage listing
    int (*run)(const Arguments &, Streams);
    bool draws = false; // needs a QGuiApplication (the offscreen platform is enough)
};

// A command line a command cannot use: reported with the command's usage, exit code 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message);
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// A command's parsed arguments. Typed readers throw UsageError naming the option and the value.
class Arguments
{
public:
    Arguments(const QCommandLineParser &parser, const QStringList &positional);

    const QString &at(int index) const { return m_positional.at(index); }
    QString value(int index) const { return m_positional.value(index); }
    int count() const { return int(m_positional.size()); }

    bool isSet(const char *option) const;
    QString value(const char *option, const QString &fallback = QString()) const;
    int intValue(const char *option, int fallback, int min = std::numeric_limits<int>::min()) const;
    qint64 int64Value(const char *option, qint64 fallback) const;
    double doubleValue(const char *option, double fallback) const;
    // A coordinate system: "4490", "EPSG:4490" or "gcj02" (crs::kGcj02).
    int crsValue(const char *option, int fallback) const;
    // A comma-separated list: "a,b,c".
    QStringList listValue(const char *option) const;
    // Every value of an option given more than once, in order.
    QStringList values(const char *option) const;

private:
    const QCommandLineParser &m_parser;
    QStringList m_positional;
};

// The usage line of a command, translated: "urbanops-cli segments check DB".
QString usageLine(const Command &command);

// Picks the command named by the first words of `args` (the program name excluded), parses the rest and
// runs it. Returns the process exit code: 0 done, 1 the work failed (the reason is on err), 2 the command
// line is wrong (with the usage).
int runCommandLine(const QList<Command> &commands, const QStringList &args, Streams io);

// The command that the first words of `args` name, or null.
const Command *findCommand(const QList<Command> &commands, const QStringList &args);

} // namespace uo::cli
