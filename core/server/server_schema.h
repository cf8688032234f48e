#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace uo::server {

class Connection;

// What a server district has besides the tables of a district file (docs/server.md):
// - a `row_version` column on every data table, raised by a trigger on each update, so that a save can
//   tell that another workstation changed a row after it was read;
// - the audit log written by triggers, under the signed-in login, so that no client can skip it;
// - the per-layer change counters (layer_versions) kept by statement triggers;
// - a notification of each change on the district's channel, delivered at commit (server_listener.h);
// - the `logins` table (which person each login is) and the roles (server_roles.h);
// - the schema version in the settings row `schema_version` and in the schema's comment.
// A server export leaves all of these out, so that the file is as a file store makes it.
namespace server_schema {

constexpr const char *kRowVersion = "row_version";
constexpr const char *kVersionKey = "schema_version";
constexpr const char *kLoginsTable = "logins";

// "UrbanOps district, schema version N": how a district's schema is told from other schemas.
QByteArray comment(int version);
bool isDistrictComment(const QString &comment);

// The LISTEN/NOTIFY channel of a district's changes; each notification's payload is JSON:
// {"table": ..., "login": ..., "action": "insert"|"update"|"delete"}, one per statement (the server
// folds repeats within a transaction).
QByteArray channel(const QString &district);

// Tables that record changes rather than hold the district: no row versions, not audited.
bool isBookkeeping(const QString &table);

// Runs inside the publishing transaction, after the rows are in. `geometryTables` have a `geom` column.
void install(Connection &connection, const QString &district, const QStringList &tables,
             const QStringList &geometryTables, int version);

// Removes a district from the server: its schema with everything in it, and its group roles unless a
// district of the same name in another database still uses them. Logins stay.
void remove(Connection &connection, const QString &district);

// A schema of no district, for another program to fill (the benchmark's ogr2ogr copy), and its removal
// with everything in it.
void createPlain(Connection &connection, const QString &schema);
void dropPlain(Connection &connection, const QString &schema);

} // namespace server_schema

} // namespace uo::server
