#include "app/cli/cli_command.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

QList<uo::cli::Command> allCommands()
{
    using namespace uo::cli;
    QList<Command> all;
    for (const auto &part : {demoCommands, infoCommands, checkCommands, segmentsCommands, permitsCommands,
                             exportCommands, importCommands, reportCommands, casesCommands, riskCommands,
                             serverCommands, basemapCommands, benchCommands})
        all += part();
    return all;
}

// Drawing text takes a GUI application, which the offscreen platform gives without a display. Only the
// commands that draw get one, so every other command stays a console program that runs anywhere.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[], bool draws)
{
    if (draws) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const QList<uo::cli::Command> commands = allCommands();
    QStringList words;
    for (int i = 1; i < argc && i < 4; ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    const uo::cli::Command *command = uo::cli::findCommand(commands, words);

    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, command && command->draws);
    QCoreApplication::setApplicationName(QStringLiteral("urbanops-cli"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("urbanops"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout), err(stderr);
    return uo::cli::runCommandLine(commands, QCoreApplication::arguments().mid(1), {out, err});
}
