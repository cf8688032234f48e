#include "cli_command.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

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
     QT_TRANSLATE_NOOP("uo::cli", "segments check|export|import DB [FILE.csv]            check segments, or move assignments")},
    {"permits", uo::cli::permitsCommand,
     QT_TRANSLATE_NOOP("uo::cli", "permits check DB PERMIT_NO | import DB FILE           review a permit, or import applications")},
    {"export", uo::cli::exportCommand,
     QT_TRANSLATE_NOOP("uo::cli", "export DB LAYER FILE [--crs EPSG] [--where SQL]       write a layer for other GIS")},
    {"bench", uo::cli::benchCommand,
     QT_TRANSLATE_NOOP("uo::cli", "bench segments|permits DB                             time segment edits or permit reviews")},
};

int usage(QTextStream &err)
{
    err << QCoreApplication::translate("uo::cli", "usage: urbanops-cli COMMAND ...") << Qt::endl;
    for (const Command &c : kCommands)
        err << QStringLiteral("  ") << QCoreApplication::translate("uo::cli", c.usage) << Qt::endl;
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("urbanops-cli"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("urbanops"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout), err(stderr);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage(err);
    const QString name = args.takeFirst();
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return c.run(args, {out, err});
    return usage(err);
}
