// A second workstation for the concurrent split tests: opens a district, says "ready", cuts one segment at
// a measure along its road and prints "split NEW_ID", or the refusal on stderr with exit code 1.
//   segment_split_child DB SEGMENT MEASURE [--hold]
// --hold: cuts inside a transaction of its own that it keeps open, says "holding NEW_ID", and commits
// when a line arrives on its input: a workstation whose split has not committed yet when another's starts.

#include "core/segments/segment_editor.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <cstdio>
#include <optional>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 && !(args.size() == 5 && args[4] == QLatin1String("--hold")))
        return 2;
    try {
        auto store = uo::DistrictStore::open(args[1]);
        uo::SegmentEditor editor(*store);
        std::printf("ready\n");
        std::fflush(stdout);
        std::optional<uo::sql::Transaction> held;
        if (args.size() == 5)
            held.emplace(store->db()); // the split's own transaction becomes a savepoint of this one
        qint64 created = 0;
        editor.split(args[2].toLongLong(), args[3].toDouble(), &created);
        if (held) {
            std::printf("holding %lld\n", static_cast<long long>(created));
            std::fflush(stdout);
            char line[16];
            if (!std::fgets(line, sizeof line, stdin))
                return 3;
            held->commit();
        }
        std::printf("split %lld\n", static_cast<long long>(created));
        return 0;
    } catch (const uo::Error &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
}
