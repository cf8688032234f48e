#pragma once

#include <QStringList>
#include <QTextStream>

namespace uo::cli {

// Every sub-command of urbanops-cli: takes its own arguments (after the command words), writes its
// results to out and its one-line reasons to err, and returns the process exit code.
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

int demoCommand(const QStringList &args, Streams io);
int infoCommand(const QStringList &args, Streams io);
int segmentsCommand(const QStringList &args, Streams io);
int benchCommand(const QStringList &args, Streams io);
int permitsCommand(const QStringList &args, Streams io);
int exportCommand(const QStringList &args, Streams io);
int importCommand(const QStringList &args, Streams io);
int reportCommand(const QStringList &args, Streams io);
int basemapCommand(const QStringList &args, Streams io);

} // namespace uo::cli
