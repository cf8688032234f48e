#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// Times, on a private copy of the store filled to 30,000 cases: the map drawn with the cases (full
// extent and 1 km, all layers and the cases alone), the register as the cases dock reads it, a
// dispatch suggestion, and the monitoring rules over every risk record.
int benchCases(const Arguments &args, Streams io);

} // namespace uo::cli
