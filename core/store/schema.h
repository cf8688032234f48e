#pragma once

#include <QString>

namespace uo::sql {
class Database;
}

namespace uo::schema {

// PRAGMA application_id of every district store ("UrOp"): tells our files from other SQLite files.
constexpr int kApplicationId = 0x55724F70;
// The schema this program writes. Files with a lower PRAGMA user_version are upgraded on open.
constexpr int kCurrentVersion = 7;

// Brings a store from `fromVersion` (0 for an empty file) up to `toVersion`, one migration per step,
// each in its own transaction. The store CRS is needed by the step that creates geometry columns.
void migrate(sql::Database &db, int fromVersion, int toVersion, int srid);

} // namespace uo::schema
