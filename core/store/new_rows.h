#pragma once

#include "core/store/layers.h"

#include <QList>

namespace uo {

class DistrictStore;

// What tells a new row apart from every other when two workstations add rows to one server district at
// the same moment: its id, and a number of the district's own making (a case's AJ number). Counting
// max + 1 is safe on a file, whose write transaction holds the file's one write lock until it commits;
// on a server both workstations would count the same, and the second's INSERT would wait for the
// first's commit and then fail on the duplicate. A row that takes its id from its own INSERT (RETURNING
// id) needs none of this: its id is the server's already.
class NewRows
{
public:
    // Ids for `count` new rows of `layer` that the caller writes with their id (a split's new piece, a
    // proposal's new segments), inside its write transaction. On a file the ids after the highest one
    // stored: the caller writes them before it takes more. On a server the next values of the id
    // column's sequence (`nextval`), which never hands an id out twice, whatever other workstations do
    // and whether or not their transactions commit: not consecutive, and an id taken but not written
    // (a refused change) stays a gap, as a rolled-back INSERT leaves one.
    static QList<qint64> ids(DistrictStore &store, Layer layer, int count = 1);
    static qint64 id(DistrictStore &store, Layer layer) { return ids(store, layer, 1).constFirst(); }

    // Inside the caller's write transaction, before it reads the highest number of `layer`'s own
    // numbering: holds it until the transaction ends, so that a second workstation reads the highest
    // number after the first one's commit, never the same. On a file the write lock already does; on a
    // server a transaction-level advisory lock named after the table (any role may take it).
    static void lockNumbering(DistrictStore &store, Layer layer);
};

} // namespace uo
