#pragma once

#include "app/cli/cli_command.h"

#include <QList>
#include <QString>

namespace uo::cli {

double median(QList<double> values);
// One figure per line, `name value`, so that scripts and people read the same output.
void printFigure(Streams io, const QString &name, double value, int decimals = 2);
// A consistent copy of a store, WAL content included, for benchmarks that write.
void copyStore(const QString &from, const QString &to);
// The process's peak resident memory in MB (VmHWM), or -1 where the system does not say.
double peakMemoryMb();

} // namespace uo::cli
