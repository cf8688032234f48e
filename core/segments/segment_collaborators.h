#pragma once

#include <QList>

namespace uo::sql {
class Database;
}

namespace uo {

// Makes `people` the whole list of a segment's collaborators, inside the caller's transaction. The one
// place that writes segment_collaborators, for the editor, the assignment panel and the CSV import.
void replaceCollaborators(sql::Database &db, qint64 segmentId, const QList<qint64> &people);

} // namespace uo
