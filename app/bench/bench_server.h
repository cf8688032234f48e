#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// bench server URL [FILE.sqlite]: publishes a district file (by default, the URL's district exported to a
// file first) to a scratch district on the same server and copies the same tables there with
// `ogr2ogr -f PostgreSQL`, and prints publish_ms next to ogr2ogr_ms. On the published copy, before it is
// removed: save_10k_ms (one save of 10,000 edited components) and the writers test (bench_writers.h:
// lost_updates, conflicts_reported). Scratch districts are removed.
int benchServer(const Arguments &args, Streams io);

} // namespace uo::cli
