#pragma once

#include "app/cli/command_line.h"

namespace uo::cli {

// The commands of urbanops-cli, one list per file that implements them.
QList<Command> demoCommands();
QList<Command> infoCommands();
QList<Command> checkCommands();
QList<Command> segmentsCommands();
QList<Command> permitsCommands();
QList<Command> exportCommands();
QList<Command> importCommands();
QList<Command> reportCommands();
QList<Command> casesCommands();
QList<Command> riskCommands();
QList<Command> serverCommands();
QList<Command> basemapCommands();
QList<Command> benchCommands();

} // namespace uo::cli
