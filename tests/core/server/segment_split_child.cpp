// A second workstation for the concurrent split test: opens a district, says "ready", cuts one segment at
// a measure along its road and prints "split NEW_ID", or the refusal on stderr with exit code 1.
//   segment_split_child DB SEGMENT MEASURE

#include "core/segments/segment_editor.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    try {
        auto store = uo::DistrictStore::open(args[1]);
        uo::SegmentEditor editor(*store);
        std::printf("ready\n");
        std::fflush(stdout);
        qint64 created = 0;
        editor.split(args[2].toLongLong(), args[3].toDouble(), &created);
        std::printf("split %lld\n", static_cast<long long>(created));
        return 0;
    } catch (const uo::StoreError &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
}
