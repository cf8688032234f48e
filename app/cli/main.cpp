#include "app/cli/cli_command.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {
struct Command
{
    const char *name;
    int (*run)(const QStringList &, uo::cli::Streams);
    const char *usage;
};

const Command kCommands[] = {
    {"demo", uo::cli::demoCommand,
     QT_TRANSLATE_NOOP("uo::cli", "demo create PATH [--scale F] [--seed N] [--unsegmented]   build a demo district")},
    {"info", uo::cli::infoCommand,
     QT_TRANSLATE_NOOP("uo::cli", "info DB                                               describe a district store")},
    {"segments", uo::cli::segmentsCommand,
     QT_TRANSLATE_NOOP("uo::cli", "segments check|export|import|propose DB [FILE.csv]    check segments, move assignments, propose cuts")},
    {"permits", uo::cli::permitsCommand,
     QT_TRANSLATE_NOOP("uo::cli", "permits check DB PERMIT_NO | import DB FILE           review a permit, or import applications")},
    {"export", uo::cli::exportCommand,
     QT_TRANSLATE_NOOP("uo::cli", "export DB LAYER FILE [--crs EPSG] [--where SQL]       write a layer for other GIS")},
    {"import", uo::cli::importCommand,
     QT_TRANSLATE_NOOP("uo::cli", "import DB LAYER FILE [--crs EPSG|gcj02] [--map COL=FIELD,...] [--accept]   read a layer from other GIS")},
    {"bench", uo::cli::benchCommand,
     QT_TRANSLATE_NOOP("uo::cli", "bench segments|permits DB                             time segment edits or permit reviews")},
    // A second line for the same command: the render benchmark takes other arguments.
    {"bench", uo::cli::benchCommand,
     QT_TRANSLATE_NOOP("uo::cli", "bench render DB [--runs N]                            time drawing the map offscreen")},
    {"bench", uo::cli::benchCommand,
     QT_TRANSLATE_NOOP("uo::cli", "bench export DB [--layer TABLE]                       export and import a layer, next to ogr2ogr")},
    {"bench", uo::cli::benchCommand,
     QT_TRANSLATE_NOOP("uo::cli", "bench report DB [--pages N]                           time a segment-sheet PDF")},
    {"report", uo::cli::reportCommand,
     QT_TRANSLATE_NOOP("uo::cli", "report view|segments|permit|risks DB ... --out F.pdf|F.png   print a map or a report")},
    {"bench", uo::cli::benchCommand,
     QT_TRANSLATE_NOOP("uo::cli", "bench edit DB                                         time saving 10,000 edits and dragging a point")},
    {"bench", uo::cli::benchCommand,
     QT_TRANSLATE_NOOP("uo::cli", "bench table DB [--layer TABLE] [--runs N]             time the attribute table: open, windows, sorts")},
};

int usage(QTextStream &err)
{
    err << QCoreApplication::translate("uo::cli", "usage: urbanops-cli COMMAND ...") << Qt::endl;
    for (const Command &c : kCommands)
        err << QStringLiteral("  ") << QCoreApplication::translate("uo::cli", c.usage) << Qt::endl;
    return 2;
}

// Drawing text takes a GUI application, which the offscreen platform gives without a display. Only the
// render and report benchmarks and the reports draw, so every other command stays a console program
// that runs anywhere.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    const bool draws = (argc > 1 && qstrcmp(argv[1], "report") == 0) ||
                       (argc > 2 && qstrcmp(argv[1], "bench") == 0 &&
                        (qstrcmp(argv[2], "render") == 0 || qstrcmp(argv[2], "report") == 0));
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
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("urbanops-cli"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("urbanops"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout), err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage(err);
    const QString name = args.takeFirst();
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return c.run(args, {out, err});
    return usage(err);
}
