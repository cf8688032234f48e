#include "app/cli/cli_command.h"

#include "app/bench/bench_cases.h"
#include "app/bench/bench_edit.h"
#include "app/bench/bench_exchange.h"
#include "app/bench/bench_permits.h"
#include "app/bench/bench_render.h"
#include "app/bench/bench_report.h"
#include "app/bench/bench_segments.h"
#include "app/bench/bench_server.h"
#include "app/bench/bench_table.h"

namespace uo::cli {

QList<Command> benchCommands()
{
    QList<Command> commands = {
        {"bench segments",
         "DB",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "time segment splits, moves, merges and checks"),
         benchSegments},
        {"bench permits",
         "DB",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "time a permit review with 10,000 permits"),
         benchPermits},
        {"bench render",
         "DB",
         {{"runs", "N", QT_TRANSLATE_NOOP("uo::cli", "runs to take the median of (5)")}},
         QT_TRANSLATE_NOOP("uo::cli", "time drawing the map offscreen"),
         benchRender,
         true},
        {"bench export",
         "DB",
         {{"layer", "TABLE", QT_TRANSLATE_NOOP("uo::cli", "the layer (components)")}},
         QT_TRANSLATE_NOOP("uo::cli", "export and import a layer, next to ogr2ogr"),
         benchExchange},
        {"bench report",
         "DB",
         {{"pages", "N", QT_TRANSLATE_NOOP("uo::cli", "sheets to print (20)")}},
         QT_TRANSLATE_NOOP("uo::cli", "time a segment-sheet PDF"),
         benchReport,
         true},
        {"bench edit",
         "DB",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "time saving 10,000 edits and dragging a point"),
         benchEdit},
        {"bench table",
         "DB",
         {{"layer", "TABLE", QT_TRANSLATE_NOOP("uo::cli", "the layer (components)")},
          {"runs", "N", QT_TRANSLATE_NOOP("uo::cli", "runs to take the median of (3)")}},
         QT_TRANSLATE_NOOP("uo::cli", "time the attribute table: open, windows, sorts"),
         benchTable},
        {"bench cases",
         "DB",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "time the case map, register, dispatch and alerts"),
         benchCases,
         true},
        {"bench server",
         "URL [FILE.sqlite]",
         {{"writers", "N", QT_TRANSLATE_NOOP("uo::cli", "processes in the writers test (8)")},
          {"edits", "N", QT_TRANSLATE_NOOP("uo::cli", "edits of each writer (500)")},
          {"writer", "N",
           QT_TRANSLATE_NOOP("uo::cli", "run as writer N of the writers test (used by the bench itself)")},
          {"listener", nullptr,
           QT_TRANSLATE_NOOP("uo::cli",
                             "run as the listening process of notify_ms (used by the bench itself)")}},
         QT_TRANSLATE_NOOP(
             "uo::cli",
             "time opening the URL's district until its first full frame, publish a district to the "
             "server next to ogr2ogr (the URL's district, or FILE), then time a save of 10,000 "
             "edits, notifications and concurrent writers on the copy"),
         benchServer},
    };
    return commands;
}

} // namespace uo::cli
