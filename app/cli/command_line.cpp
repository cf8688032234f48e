#include "app/cli/command_line.h"

#include "core/error/error.h"
#include "gis/crs/crs_transform.h"

#include <QCoreApplication>

namespace uo::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("uo::cli", text, disambiguation, n);
}

namespace {
QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

// "DB [PERMIT_NO]" -> required 1, optional 1.
void countPositional(const Command &command, int *required, int *optional)
{
    *required = *optional = 0;
    for (const QString &name : latin(command.positional).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        ++*(name.startsWith(QLatin1Char('[')) ? optional : required);
}

// The words and arguments of a command, its options left to its own --help.
QString shortUsage(const Command &command)
{
    QString line = latin(command.words);
    if (*command.positional)
        line += QLatin1Char(' ') + latin(command.positional);
    if (!command.options.isEmpty())
        line += tr(" [options]");
    return line;
}

int printUsage(const QList<Command> &commands, Streams io)
{
    io.err << tr("usage: urbanops-cli COMMAND ...; urbanops-cli COMMAND --help describes its options")
           << Qt::endl;
    int width = 0;
    for (const Command &c : commands)
        width = std::max(width, int(shortUsage(c).size()));
    for (const Command &c : commands)
        io.err << QStringLiteral("  ") << shortUsage(c).leftJustified(width + 2) << tr(c.summary) << Qt::endl;
    return 2;
}

int printHelp(const Command &command, Streams io)
{
    io.out << tr("usage: %1").arg(usageLine(command)) << Qt::endl << tr(command.summary) << Qt::endl;
    for (const OptionSpec &o : command.options) {
        const QString name = QStringLiteral("--") + latin(o.name) +
                             (o.valueName ? QLatin1Char(' ') + latin(o.valueName) : QString());
        io.out << QStringLiteral("  ") << name.leftJustified(28) << QLatin1Char(' ') << tr(o.description)
               << Qt::endl;
    }
    return 0;
}

int usageError(const Command &command, const QString &message, Streams io)
{
    io.err << latin(command.words) << QStringLiteral(": ") << message << Qt::endl;
    io.err << tr("usage: %1").arg(usageLine(command)) << Qt::endl;
    return 2;
}
} // namespace

UsageError::UsageError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message)
{
}

Arguments::Arguments(const QCommandLineParser &parser, const QStringList &positional)
    : m_parser(parser), m_positional(positional)
{
}

bool Arguments::isSet(const char *option) const
{
    return m_parser.isSet(latin(option));
}

QString Arguments::value(const char *option, const QString &fallback) const
{
    return isSet(option) ? m_parser.value(latin(option)) : fallback;
}

int Arguments::intValue(const char *option, int fallback, int min) const
{
    if (!isSet(option))
        return fallback;
    bool ok = false;
    const int v = m_parser.value(latin(option)).toInt(&ok);
    if (!ok || v < min)
        throw UsageError(QCoreApplication::translate("uo::cli", "--%1 takes a whole number%2, not \"%3\".")
                             .arg(latin(option),
                                  min == std::numeric_limits<int>::min()
                                      ? QString()
                                      : QCoreApplication::translate("uo::cli", " of at least %1").arg(min),
                                  m_parser.value(latin(option))));
    return v;
}

qint64 Arguments::int64Value(const char *option, qint64 fallback) const
{
    if (!isSet(option))
        return fallback;
    bool ok = false;
    const qint64 v = m_parser.value(latin(option)).toLongLong(&ok);
    if (!ok)
        throw UsageError(QCoreApplication::translate("uo::cli", "--%1 takes a whole number, not \"%2\".")
                             .arg(latin(option), m_parser.value(latin(option))));
    return v;
}

double Arguments::doubleValue(const char *option, double fallback) const
{
    if (!isSet(option))
        return fallback;
    bool ok = false;
    const double v = m_parser.value(latin(option)).toDouble(&ok);
    if (!ok)
        throw UsageError(QCoreApplication::translate("uo::cli", "--%1 takes a number, not \"%2\".")
                             .arg(latin(option), m_parser.value(latin(option))));
    return v;
}

int Arguments::crsValue(const char *option, int fallback) const
{
    if (!isSet(option))
        return fallback;
    const QString text = m_parser.value(latin(option));
    if (text.compare(QLatin1String("gcj02"), Qt::CaseInsensitive) == 0)
        return crs::kGcj02;
    QString code = text;
    if (code.startsWith(QLatin1String("EPSG:"), Qt::CaseInsensitive))
        code = code.mid(5);
    bool ok = false;
    const int value = code.toInt(&ok);
    if (!ok || value <= 0)
        throw UsageError(
            QCoreApplication::translate("uo::cli", "--%1 takes an EPSG code or gcj02, not \"%2\".")
                .arg(latin(option), text));
    return value;
}

QStringList Arguments::listValue(const char *option) const
{
    return value(option).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QStringList Arguments::values(const char *option) const
{
    return m_parser.values(latin(option));
}

QString usageLine(const Command &command)
{
    QString line = QStringLiteral("urbanops-cli ") + latin(command.words);
    if (*command.positional)
        line += QLatin1Char(' ') + latin(command.positional);
    for (const OptionSpec &o : command.options)
        line += QStringLiteral(" [--") + latin(o.name) +
                (o.valueName ? QLatin1Char(' ') + latin(o.valueName) : QString()) + QLatin1Char(']');
    return line;
}

const Command *findCommand(const QList<Command> &commands, const QStringList &args)
{
    const Command *best = nullptr;
    qsizetype bestWords = 0;
    for (const Command &c : commands) {
        const QStringList words = latin(c.words).split(QLatin1Char(' '));
        if (words.size() > bestWords && args.mid(0, words.size()) == words) {
            best = &c;
            bestWords = words.size();
        }
    }
    return best;
}

int runCommandLine(const QList<Command> &commands, const QStringList &args, Streams io)
{
    const Command *command = findCommand(commands, args);
    if (!command) {
        // "report" or "report --help": the commands of that group, not every command.
        QList<Command> group;
        for (const Command &c : commands)
            if (!args.isEmpty() && latin(c.words).split(QLatin1Char(' ')).constFirst() == args.constFirst())
                group.append(c);
        return printUsage(group.isEmpty() ? commands : group, io);
    }

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const OptionSpec &o : command->options) {
        QCommandLineOption option(latin(o.name), tr(o.description));
        if (o.valueName)
            option.setValueName(latin(o.valueName));
        parser.addOption(option);
    }
    parser.addOption(QCommandLineOption(QStringLiteral("help"), tr("describe the command and its options")));
    const qsizetype words = latin(command->words).split(QLatin1Char(' ')).size();
    // QCommandLineParser reads argv, whose first entry is the program.
    if (!parser.parse(QStringList{QStringLiteral("urbanops-cli")} + args.mid(words)))
        return usageError(*command, parser.errorText(), io);
    if (parser.isSet(QStringLiteral("help")))
        return printHelp(*command, io);
    const QStringList positional = parser.positionalArguments();
    int required = 0, optional = 0;
    countPositional(*command, &required, &optional);
    if (positional.size() < required || positional.size() > required + optional)
        return usageError(*command,
                          tr("expected %1 arguments, got %2.")
                              .arg(optional ? QStringLiteral("%1-%2").arg(required).arg(required + optional)
                                            : QString::number(required))
                              .arg(positional.size()),
                          io);
    // The one place where a command's failure becomes a message and an exit code.
    try {
        return command->run(Arguments(parser, positional), io);
    } catch (const UsageError &error) {
        return usageError(*command, error.message(), io);
    } catch (const Error &error) {
        io.err << QString(error.message()).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
        return 1;
    } catch (const std::exception &error) {
        io.err << QString::fromLocal8Bit(error.what()) << Qt::endl;
        return 1;
    }
}

} // namespace uo::cli
