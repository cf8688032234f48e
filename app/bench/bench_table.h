#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// Times the attribute table on a layer (components by default): listing every row when it opens,
// reading the first window and one deep down, sorting by several columns, a filter, "selected rows
// only" with 100,000 selected, and the peak memory. Reads only; medians of N runs (3 by default).
int benchTable(const QStringList &args, Streams io);

} // namespace uo::cli
