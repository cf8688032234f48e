#pragma once

#include "app/cli/cli_command.h"

#include <QList>
#include <QPair>
#include <QPointF>

namespace uo::edit {
class EditSession;
}

namespace uo::cli {

// Times an edit session on a private copy of the store: applying and saving 10,000 edited components
// (moved and their state changed) in one transaction with the audit log, writing the crash journal,
// and the frames per second of the edit overlay while a point is dragged with snapping over a
// 1920 x 1080 map, with a few and with 10,000 unsaved edits on screen.
int benchEdit(const Arguments &args, Streams io);

// The edit the save benchmarks time (bench edit, bench server): the first 10,000 components by id, each
// moved a metre and marked damaged, applied to `session` as one action. Their ids and points as they
// were; empty (and said on io.err, naming the district `name`) when there are fewer.
QList<QPair<qint64, QPointF>> editTenThousand(edit::EditSession &session, const QString &name, Streams io);

} // namespace uo::cli
