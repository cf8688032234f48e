#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// `bench render DB [--runs N]`: times the map as the workstation draws it, offscreen at 1920 x 1080
// with the same MapRenderer: opening the store until it can draw, the full extent, a 1 km view and a
// 1:500 street view (with labels) in the densest part of the district, and identify there. Prints the
// median of N runs of each, one `name value` per line, and the peak memory.
int benchRender(const QStringList &args, Streams io);

} // namespace uo::cli
