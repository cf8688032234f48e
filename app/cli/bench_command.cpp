#include "app/cli/cli_command.h"

#include "app/bench/bench_edit.h"
#include "app/bench/bench_exchange.h"
#include "app/bench/bench_permits.h"
#include "app/bench/bench_render.h"
#include "app/bench/bench_report.h"
#include "app/bench/bench_segments.h"
#include "app/bench/bench_table.h"

#include <QCoreApplication>

namespace uo::cli {

int benchCommand(const QStringList &args, Streams io)
{
    const QString what = args.value(0);
    if (args.size() == 2 && what == QLatin1String("segments"))
        return benchSegments(args[1], io);
    if (args.size() == 2 && what == QLatin1String("permits"))
        return benchPermits(args[1], io);
    if (args.size() >= 2 && what == QLatin1String("export"))
        return benchExchange(args.mid(1), io);
    if (args.size() >= 2 && what == QLatin1String("report"))
        return benchReport(args.mid(1), io);
    if (args.size() >= 2 && what == QLatin1String("edit"))
        return benchEdit(args.mid(1), io);
    if (args.size() >= 2 && what == QLatin1String("table"))
        return benchTable(args.mid(1), io);
    if (args.size() >= 2 && what == QLatin1String("render"))
        return benchRender(args.mid(1), io);
    io.err << QCoreApplication::translate(
                  "uo::cli", "usage: urbanops-cli bench segments|permits DB, or bench render DB [--runs N]")
           << Qt::endl;
    return 2;
}

} // namespace uo::cli
