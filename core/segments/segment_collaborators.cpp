#include "core/segments/segment_collaborators.h"

#include "core/sql/statement.h"

namespace uo {

void replaceCollaborators(sql::Database &db, qint64 segmentId, const QList<qint64> &people)
{
    auto clear = db.prepare("DELETE FROM segment_collaborators WHERE segment_id = ?");
    clear.bind(1, segmentId);
    clear.run();
    auto add = db.prepare("INSERT INTO segment_collaborators(segment_id, person_id) VALUES (?, ?)");
    for (qint64 person : people) {
        add.bind(1, segmentId).bind(2, person);
        add.run();
    }
}

} // namespace uo
