#include "core/server/server_schema.h"

#include "core/segments/segment_surroundings.h"
#include "core/server/pg_connection.h"
#include "core/server/server_roles.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

namespace uo::server::server_schema {

namespace {
constexpr const char *kCommentPrefix = "UrbanOps district, schema version ";

// The audit trigger: one row per changed row, as the file store writes them (ISO 8601 UTC time, the
// operator, the action, the table and row, old and new values as JSON with geometry as WKT; for an
// update only what changed). The operator is session_user: the login, whatever function runs.
// SECURITY DEFINER, so that roles write the audit log through it and in no other way.
QByteArray auditFunction(const QByteArray &s, const QByteArray &postgis)
{
    return "CREATE FUNCTION " + s + R"sql(.audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, )sql" +
           postgis + R"sql( AS $$
DECLARE
  old_values jsonb;
  new_values jsonb;
  changed_old jsonb := '{}';
  changed_new jsonb := '{}';
  row_key jsonb;
  k text;
  old_row record;
  new_row record;
BEGIN
  -- The geometry leaves the row before it becomes JSON, to come back as WKT: PostGIS's own JSON of a
  -- geometry (GeoJSON) took more than half of a 10,000-row save's audit.
  IF TG_OP <> 'INSERT' THEN
    old_row := OLD;
    IF TG_NARGS > 0 THEN old_row.geom := NULL; END IF;
    old_values := to_jsonb(old_row) - 'row_version';
  END IF;
  IF TG_OP <> 'DELETE' THEN
    new_row := NEW;
    IF TG_NARGS > 0 THEN new_row.geom := NULL; END IF;
    new_values := to_jsonb(new_row) - 'row_version';
  END IF;
  row_key := coalesce(new_values, old_values) -> 'id';
  IF TG_NARGS > 0 THEN
    IF TG_OP <> 'INSERT' THEN old_values := old_values || jsonb_build_object('geom', ST_AsText(OLD.geom)); END IF;
    IF TG_OP <> 'DELETE' THEN new_values := new_values || jsonb_build_object('geom', ST_AsText(NEW.geom)); END IF;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    FOR k IN SELECT jsonb_object_keys(new_values) LOOP
      IF new_values -> k IS DISTINCT FROM old_values -> k THEN
        changed_old := changed_old || jsonb_build_object(k, old_values -> k);
        changed_new := changed_new || jsonb_build_object(k, new_values -> k);
      END IF;
    END LOOP;
    IF changed_new = '{}' THEN RETURN NULL; END IF;
    old_values := changed_old;
    new_values := changed_new;
  END IF;
  INSERT INTO )sql" +
           s + R"sql(.audit_log(time, operator, action, table_name, row_id, old_values, new_values)
  VALUES (to_char(transaction_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user,
          lower(TG_OP), TG_TABLE_NAME,
          CASE WHEN jsonb_typeof(row_key) = 'number' THEN (row_key #>> '{}')::bigint END,
          old_values::text, new_values::text);
  RETURN NULL;
END $$)sql";
}
} // namespace

QByteArray channel(const QString &district)
{
    return "uo_" + district.toUtf8();
}

QByteArray comment(int version)
{
    return kCommentPrefix + QByteArray::number(version);
}

bool isDistrictComment(const QString &text)
{
    return text.startsWith(QLatin1String(kCommentPrefix));
}

bool isBookkeeping(const QString &table)
{
    return table == QLatin1String("audit_log") || table == QLatin1String("layer_versions") ||
           table == QLatin1String("component_points_cache");
}

void install(Connection &connection, const QString &district, const QStringList &tables,
             const QStringList &geometryTables, int version)
{
    const QByteArray s = Connection::quote(district);
    const QByteArray postgis = Connection::quote(connection.postgisSchema());
    auto t = [&](const QString &table) { return Connection::qualified(district, table); };
    // Before the audit triggers: the version is part of publishing, not a change to the district.
    connection.query("INSERT INTO " + t(QStringLiteral("settings")) + " (key, value) VALUES ($1, $2)",
                     {QLatin1String(kVersionKey), QString::number(version)});

    connection.exec("CREATE FUNCTION " + s +
                    ".next_row_version() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN NEW.row_version := OLD.row_version + 1; RETURN NEW; END $$");
    connection.exec(auditFunction(s, postgis));
    // One step per transaction and layer: a save of 10,000 rows is 10,000 statements, and updating the
    // one counter row that often in one transaction cost more than the rows themselves (each update
    // follows the row's chain of versions the transaction made before). The transaction's own setting
    // remembers the step, and is undone with it when a savepoint rolls back.
    connection.exec(
        "CREATE FUNCTION " + s +
        ".bump_layer_version() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog AS $$ DECLARE done text := 'urbanops.lv_' || TG_TABLE_SCHEMA || "
        "'_' || TG_TABLE_NAME; BEGIN "
        "IF current_setting(done, true) = txid_current()::text THEN RETURN NULL; END IF; "
        "PERFORM set_config(done, txid_current()::text, true); UPDATE " +
        s +
        ".layer_versions SET version = version + 1 "
        "WHERE table_name = TG_TABLE_NAME; RETURN NULL; END $$");
    // Every change, at commit, to every workstation listening (server_listener.h): which table, who, what.
    connection.exec(
        "CREATE FUNCTION " + s +
        ".notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_notify(" +
        connection.literal(QString::fromLatin1(channel(district))) +
        ", json_build_object('table', TG_TABLE_NAME, 'login', session_user, 'action', lower(TG_OP))::text); "
        "RETURN NULL; END $$");
    for (const QString &table : tables) {
        if (isBookkeeping(table))
            continue;
        connection.exec("CREATE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON " + t(table) +
                        " FOR EACH STATEMENT EXECUTE FUNCTION " + s + ".notify_change()");
        // A constant default: PostgreSQL adds the column without rewriting the table.
        connection.exec("ALTER TABLE " + t(table) + " ADD COLUMN " + kRowVersion +
                        " bigint NOT NULL DEFAULT 1");
        connection.exec("CREATE TRIGGER row_version BEFORE UPDATE ON " + t(table) +
                        " FOR EACH ROW EXECUTE FUNCTION " + s + ".next_row_version()");
        connection.exec("CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON " + t(table) +
                        " FOR EACH ROW EXECUTE FUNCTION " + s + ".audit_row(" +
                        (geometryTables.contains(table) ? "'geom'" : "") + ")");
    }
    if (tables.contains(QStringLiteral("layer_versions"))) {
        const Result layers =
            connection.query("SELECT table_name FROM " + t(QStringLiteral("layer_versions")));
        for (int i = 0; i < layers.rows(); ++i)
            if (tables.contains(layers.text(i, 0)))
                connection.exec("CREATE TRIGGER layer_version AFTER INSERT OR UPDATE OR DELETE ON " +
                                t(layers.text(i, 0)) + " FOR EACH STATEMENT EXECUTE FUNCTION " + s +
                                ".bump_layer_version()");
    }

    // Who each login is: a chief's segments are those whose chief_id is the login's person.
    connection.exec("CREATE TABLE " + t(QLatin1String(kLoginsTable)) +
                    " (login text COLLATE \"C\" PRIMARY KEY, role text NOT NULL CHECK (role IN "
                    "('admin','editor','reviewer','chief','planner')), person_id bigint REFERENCES " +
                    t(QStringLiteral("people")) + "(id) ON DELETE SET NULL)");
    connection.exec("CREATE FUNCTION " + s +
                    ".current_person() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER "
                    "SET search_path = pg_catalog AS $$ SELECT person_id FROM " +
                    t(QLatin1String(kLoginsTable)) + " WHERE login = session_user $$");
    // "On the segment": within the reach the workstation uses for what a segment's chief answers for.
    connection.exec("CREATE FUNCTION " + s + ".on_own_segment(g " + postgis +
                    ".geometry) RETURNS boolean LANGUAGE sql "
                    "STABLE SECURITY DEFINER SET search_path = pg_catalog, " +
                    postgis +
                    " AS $$ SELECT EXISTS "
                    "(SELECT 1 FROM " +
                    t(tableOf(Layer::RoadSegments)) + " s WHERE s.chief_id = " + s +
                    ".current_person() AND ST_DWithin(s.geom, g, " +
                    QByteArray::number(SegmentNeighbourhood::kDefaultReach) + ")) $$");
    connection.exec("CREATE FUNCTION " + s +
                    ".risk_on_own_segment(risk bigint) RETURNS boolean LANGUAGE sql STABLE "
                    "SECURITY DEFINER SET search_path = pg_catalog AS $$ SELECT EXISTS (SELECT 1 FROM " +
                    t(tableOf(Layer::RiskPoints)) + " p WHERE p.id = risk AND " + s +
                    ".on_own_segment(p.geom)) $$");

    if (tables.contains(tableOf(Layer::Cases)))
        connection.exec("CREATE FUNCTION " + s +
                        ".case_on_own_segment(one bigint) RETURNS boolean LANGUAGE sql STABLE "
                        "SECURITY DEFINER SET search_path = pg_catalog AS $$ SELECT EXISTS (SELECT 1 FROM " +
                        t(tableOf(Layer::Cases)) + " c WHERE c.id = one AND c.chief_id = " + s +
                        ".current_person()) $$");
    // A step in a history names who took it: the login, whatever the client wrote (a permit decision's
    // operator is never typed text). The rows published before are kept as they came.
    connection.exec("CREATE FUNCTION " + s +
                    ".operator_is_login() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN NEW.operator := session_user; RETURN NEW; END $$");
    for (const char *history : {"permit_history", "case_history", "risk_level_history"})
        if (tables.contains(QLatin1String(history)))
            connection.exec("CREATE TRIGGER operator_is_login BEFORE INSERT ON " + t(QLatin1String(history)) +
                            " FOR EACH ROW EXECUTE FUNCTION " + s + ".operator_is_login()");

    ServerRoles::install(connection, district, tables + QStringList{QLatin1String(kLoginsTable)});

    connection.exec("COMMENT ON SCHEMA " + s + " IS " +
                    connection.literal(QString::fromLatin1(comment(version))));
}

void createPlain(Connection &connection, const QString &schema)
{
    connection.exec("CREATE SCHEMA " + Connection::quote(schema));
}

void dropPlain(Connection &connection, const QString &schema)
{
    connection.exec("DROP SCHEMA " + Connection::quote(schema) + " CASCADE");
}

void remove(Connection &connection, const QString &district)
{
    connection.exec("DROP SCHEMA " + Connection::quote(district) + " CASCADE",
                    Connection::tr("removing the district %1").arg(district));
    for (const RoleInfo &info : ServerRoles::all()) {
        try {
            connection.exec("DROP ROLE IF EXISTS " + Connection::quote(QString::fromUtf8(
                                                         ServerRoles::groupRole(district, info.role))));
        } catch (const StoreError &) {
            // Still granted on objects elsewhere (a district of the same name in another database).
        }
    }
}

} // namespace uo::server::server_schema
