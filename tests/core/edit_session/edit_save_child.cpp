// A second workstation for the process tests: opens a district store, sets the note of some components,
// optionally adds new ones, and saves. Prints "saved S conflicts C" when done.
//   edit_save_child DB IDS NOTE [--pause-at N] [--insert N] [--announce-save] [--pause-after-commit]
//                   [--no-save]
// IDS: first-last or a,b,c. --pause-at N: says "mid-save" after writing N rows inside the save's
// transaction and waits to be killed. --insert N: adds N components of class 0101 with serials from
// 900001. --announce-save: says "saving" just before the save starts. --pause-after-commit: says
// "committed" once the save committed, before its journal is rewritten, and waits to be killed.
// --no-save: says "edited" once the edits are in its journal, and waits to be killed.
// --column NAME: sets that column instead of the note. --wait-for-go: says "ready" once the edits are
// made (the rows read) and saves when a line arrives on its input. --resolve mine|theirs: after a save
// with conflicts, keeps its own change of each (or takes theirs) and saves again, then prints
// "resolved saved S conflicts C". --hold-at N: says "holding" after writing N rows inside the save's
// transaction and goes on when a line arrives on its input. DB may be a server district's address
// (tests/core/server).

#include "core/edit_session/edit_session.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>
#include <cstdlib>

namespace {
void say(const char *text)
{
    std::printf("%s\n", text);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    QList<qint64> ids;
    if (args[2].contains(QLatin1Char('-'))) {
        for (qint64 id = args[2].section(QLatin1Char('-'), 0, 0).toLongLong();
             id <= args[2].section(QLatin1Char('-'), 1, 1).toLongLong(); ++id)
            ids << id;
    } else {
        for (const QString &id : args[2].split(QLatin1Char(',')))
            ids << id.toLongLong();
    }
    const QStringList options = args.mid(4);
    auto number = [&options](const char *name) {
        const qsizetype at = options.indexOf(QLatin1String(name));
        return at >= 0 ? options.value(at + 1).toInt() : -1;
    };
    const int pauseAt = number("--pause-at");
    const int holdAt = number("--hold-at");
    const int inserts = number("--insert");
    try {
        auto store = uo::DistrictStore::open(args[1]);
        store->setOperatorName(QStringLiteral("child"));
        uo::edit::EditSession session(*store);
        const qsizetype columnAt = options.indexOf(QLatin1String("--column"));
        const QString column = columnAt >= 0 ? options.value(columnAt + 1) : QStringLiteral("note");
        session.apply(session.setValues(QStringLiteral("components"), ids, {{column, args[3]}}, {}));
        for (int i = 1; i <= inserts; ++i)
            session.apply(
                session.insertRow(QStringLiteral("components"),
                                  {{QStringLiteral("ident"), QStringLiteral("5001050101%1").arg(900000 + i)},
                                   {QStringLiteral("class_code"), QStringLiteral("0101")},
                                   {QStringLiteral("name"), QStringLiteral("新增%1").arg(i)},
                                   {QStringLiteral("state"), QStringLiteral("intact")},
                                   {QStringLiteral("note"), args[3]}},
                                  {}));
        if (options.contains(QLatin1String("--no-save"))) {
            say("edited");
            QThread::sleep(60);
            return 3;
        }
        uo::edit::SaveOptions saveOptions;
        saveOptions.onProgress = [pauseAt, holdAt](int done, int) {
            if (done == pauseAt) {
                say("mid-save");
                QThread::sleep(60);
            }
            if (done == holdAt) {
                say("holding");
                char line[16];
                if (!std::fgets(line, sizeof line, stdin))
                    std::exit(4);
            }
        };
        if (options.contains(QLatin1String("--pause-after-commit")))
            saveOptions.onCommitted = [] {
                say("committed");
                QThread::sleep(60);
            };
        if (options.contains(QLatin1String("--wait-for-go"))) {
            say("ready");
            char line[16];
            if (!std::fgets(line, sizeof line, stdin))
                return 4;
        }
        if (options.contains(QLatin1String("--announce-save")))
            say("saving");
        const uo::edit::SaveResult result = session.save(saveOptions);
        std::printf("saved %d conflicts %d\n", result.saved, int(result.conflicts.size()));
        const qsizetype resolveAt = options.indexOf(QLatin1String("--resolve"));
        if (resolveAt >= 0 && !result.conflicts.isEmpty()) {
            const bool mine = options.value(resolveAt + 1) == QLatin1String("mine");
            for (const uo::edit::Conflict &conflict : result.conflicts)
                mine ? session.keepMine(conflict) : session.takeTheirs(conflict);
            const uo::edit::SaveResult again = session.save(saveOptions);
            std::printf("resolved saved %d conflicts %d\n", again.saved, int(again.conflicts.size()));
        }
        std::fflush(stdout);
        return 0;
    } catch (const uo::StoreError &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
}
