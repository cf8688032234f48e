#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// Times a split, a merge and a boundary move with their checks, and `segments check` over every road,
// on a private copy of the store so that the user's file and its audit log stay untouched.
int benchSegments(const QString &path, Streams io);

} // namespace uo::cli
