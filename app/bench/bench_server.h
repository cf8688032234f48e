#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// bench server URL [FILE.sqlite]: publishes a district file (by default, the URL's district exported to a
// file first) to a scratch district on the same server and copies the same tables there with
// `ogr2ogr -f PostgreSQL`, and prints publish_ms next to ogr2ogr_ms. Scratch districts are removed.
int benchServer(const Arguments &args, Streams io);

} // namespace uo::cli
