#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// `bench report DB [--pages N]`: times a segment-sheet PDF of N sheets (20 by default), one segment a
// page, as `report segments` makes it: opening the store and loading its map, laying the sheets out
// (the store's questions about each segment), and writing the PDF. Prints `name value` lines.
int benchReport(const QStringList &args, Streams io);

} // namespace uo::cli
