// A second workstation for the process tests: opens a district store, sets the note of some components
// and saves. With --pause-at N it says "mid-save" after writing N rows inside the save's transaction
// and then waits to be killed. Prints "saved S conflicts C" when done.
//   edit_save_child DB IDS NOTE [--pause-at N]     IDS: first-last or a,b,c

#include "core/edit_session/edit_session.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

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
    const int pauseAt = args.size() > 5 && args[4] == QLatin1String("--pause-at") ? args[5].toInt() : -1;
    try {
        auto store = uo::DistrictStore::open(args[1]);
        store->setOperatorName(QStringLiteral("child"));
        uo::edit::EditSession session(*store);
        session.apply(
            session.setValues(QStringLiteral("components"), ids, {{QStringLiteral("note"), args[3]}}, {}));
        uo::edit::SaveOptions options;
        options.onProgress = [pauseAt](int done, int) {
            if (done == pauseAt) {
                std::printf("mid-save\n");
                std::fflush(stdout);
                QThread::sleep(60);
            }
        };
        const uo::edit::SaveResult result = session.save(options);
        std::printf("saved %d conflicts %d\n", result.saved, int(result.conflicts.size()));
        return 0;
    } catch (const uo::StoreError &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
}
