#pragma once

namespace uo::sql {
class Database;
}

// What a store starts with when it gets cases (schema version 6): the event classes compiled in from
// data/catalogue/event-classes.csv, and the bureau's dispatch and monitoring rules. All of it is data
// the bureau edits afterwards; nothing in the code depends on these rows being there.
namespace uo::case_defaults {

// Inside the migration's transaction.
void write(sql::Database &db);

} // namespace uo::case_defaults
