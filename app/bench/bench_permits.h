#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// Times the full review of one permit with 10,000 permits in the store. On a private copy of the
// store, the district's permits are repeated back in time (as a road dug again and again over the
// years would show) until there are 10,000; then random permits are reviewed.
int benchPermits(const QString &path, Streams io);

} // namespace uo::cli
