#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// Times an edit session on a private copy of the store: applying and saving 10,000 edited components
// (moved and their state changed) in one transaction with the audit log, writing the crash journal,
// and the frames per second of the edit overlay while a point is dragged with snapping over a
// 1920 x 1080 map, with a few and with 10,000 unsaved edits on screen.
int benchEdit(const QStringList &args, Streams io);

} // namespace uo::cli
