#include "core/store/schema.h"

#include "core/cases/case_defaults.h"
#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/layers.h"

#include <QByteArray>
#include <QList>

namespace uo::schema {

namespace {

// Version 1: the district and its map layers.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE catalogue (
  scheme TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT, parent TEXT,
  PRIMARY KEY (scheme, code));
CREATE TABLE entities (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('department','company','party_branch','community','other')),
  contact TEXT);
CREATE TABLE district_boundary (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('district','built_up')), area_m2 REAL);
CREATE TABLE streets (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('street','town')));
CREATE TABLE communities (
  code TEXT PRIMARY KEY, street_code TEXT NOT NULL REFERENCES streets(code), name TEXT NOT NULL);
CREATE TABLE grid_cells (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,
  street_code TEXT NOT NULL REFERENCES streets(code), community_code TEXT REFERENCES communities(code));
CREATE TABLE people (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('officer','municipal','greening','sanitation')),
  unit TEXT, party_branch TEXT, contact TEXT, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)));
CREATE TABLE roads (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('trunk','main','secondary','branch')),
  opened_date TEXT, rebuilt_date TEXT, major_repair_date TEXT, length_m REAL);
CREATE TABLE road_segments (
  id INTEGER PRIMARY KEY, road_id INTEGER NOT NULL REFERENCES roads(id) ON DELETE CASCADE,
  from_m REAL NOT NULL, to_m REAL NOT NULL CHECK (to_m > from_m), name TEXT NOT NULL,
  chief_id INTEGER REFERENCES people(id), party_unit_id INTEGER REFERENCES entities(id));
CREATE INDEX road_segments_road ON road_segments(road_id, from_m);
CREATE TABLE segment_collaborators (
  segment_id INTEGER NOT NULL REFERENCES road_segments(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id), PRIMARY KEY (segment_id, person_id));
CREATE TABLE components (
  id INTEGER PRIMARY KEY, ident TEXT NOT NULL UNIQUE, class_code TEXT NOT NULL, name TEXT NOT NULL,
  dept_id INTEGER REFERENCES entities(id), owner_id INTEGER REFERENCES entities(id),
  maintainer_id INTEGER REFERENCES entities(id), grid_code TEXT,
  state TEXT NOT NULL CHECK (state IN ('intact','damaged','missing','occupied','discarded','removed')),
  initial_date TEXT, change_date TEXT,
  data_source TEXT CHECK (data_source IN ('surveyed','topographic','field_drawn','other')),
  photo TEXT, note TEXT);
CREATE TABLE risk_points (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, category TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('red','orange','yellow','blue')),
  entity_id INTEGER REFERENCES entities(id), street_code TEXT REFERENCES streets(code), address TEXT);
CREATE TABLE risk_records (
  id INTEGER PRIMARY KEY, risk_id INTEGER NOT NULL REFERENCES risk_points(id) ON DELETE CASCADE,
  time TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('reading','inspection','alert')),
  quantity TEXT, value REAL, note TEXT);
CREATE INDEX risk_records_point_time ON risk_records(risk_id, time);
CREATE TABLE shops (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, licence_no TEXT, keeper TEXT, phone TEXT,
  category TEXT, address TEXT, street_code TEXT REFERENCES streets(code));
CREATE TABLE permits (
  id INTEGER PRIMARY KEY, permit_no TEXT NOT NULL UNIQUE, applicant TEXT NOT NULL, location TEXT,
  reason TEXT,
  utility_type TEXT NOT NULL CHECK (utility_type IN
    ('water','drainage','gas','power','telecom','broadcast','heat','other')),
  work_type TEXT NOT NULL CHECK (work_type IN ('new','upgrade','repair','emergency','connection')),
  status TEXT NOT NULL CHECK (status IN ('submitted','under_review','approved','rejected',
    'returned_joint','works_started','restored','accepted')),
  start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date),
  carriageway_m2 REAL NOT NULL DEFAULT 0, sidewalk_m2 REAL NOT NULL DEFAULT 0,
  green_m2 REAL NOT NULL DEFAULT 0, area_m2 REAL NOT NULL DEFAULT 0, trench_length_m REAL,
  conditions TEXT, authority TEXT, issued_date TEXT, police_approval_no TEXT, fee_yuan REAL,
  emergency INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0,1)), filing_deadline TEXT,
  joint_group TEXT, special_approval TEXT);
)sql";

// Version 2: who changed what (audit log) and the steps of each permit's review.
constexpr const char *kVersion2 = R"sql(
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY, time TEXT NOT NULL, operator TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create','insert','update','delete','migrate','import')),
  table_name TEXT, row_id INTEGER, old_values TEXT, new_values TEXT);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
CREATE TABLE permit_history (
  id INTEGER PRIMARY KEY, permit_id INTEGER NOT NULL REFERENCES permits(id) ON DELETE CASCADE,
  time TEXT NOT NULL, operator TEXT NOT NULL, from_status TEXT, to_status TEXT NOT NULL, reason TEXT);
CREATE INDEX permit_history_permit ON permit_history(permit_id, time);
)sql";

// Version 3: a change counter per map layer, kept by triggers, so that what is derived from a layer
// (the in-memory map, the component point cache) knows when it is stale; and that cache itself.
// The change counter of one map layer and the triggers that keep it.
void addChangeCounter(sql::Database &db, const QByteArray &table)
{
    const QByteArray bump = " ON \"" + table +
                            "\" BEGIN UPDATE layer_versions SET version = version + 1 "
                            "WHERE table_name = '" +
                            table + "'; END;";
    db.exec("INSERT INTO layer_versions(table_name) VALUES ('" + table +
            "');"
            "CREATE TRIGGER \"lv_insert_" +
            table + "\" AFTER INSERT" + bump + "CREATE TRIGGER \"lv_update_" + table + "\" AFTER UPDATE" +
            bump + "CREATE TRIGGER \"lv_delete_" + table + "\" AFTER DELETE" + bump);
}

void toVersion3(sql::Database &db, int)
{
    db.exec("CREATE TABLE layer_versions (table_name TEXT PRIMARY KEY, version INTEGER NOT NULL DEFAULT 0);"
            "CREATE TABLE component_points_cache (id INTEGER PRIMARY KEY CHECK (id = 1), "
            "  components_version INTEGER NOT NULL, data BLOB NOT NULL);");
    // Layers added by later versions get their counter with their table.
    for (const LayerInfo &layer : mapLayers())
        if (layer.sinceVersion <= 3)
            addChangeCounter(db, layer.table);
}

// Version 4: what the permit review needs besides the permits: the rules with their switches and
// parameters, and the calendar of days when no new digging may start.
void toVersion4(sql::Database &db, int)
{
    db.exec("CREATE TABLE permit_rules (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE nodig_calendar (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "  kind TEXT NOT NULL CHECK (kind IN ('holiday','event','season')), "
            "  start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date));"
            "CREATE INDEX nodig_calendar_dates ON nodig_calendar(start_date, end_date);"
            "ALTER TABLE permit_history ADD COLUMN route TEXT CHECK (route IN "
            "('online','coordination','joint_enforcement'));");
}

// Version 5: indexes for the attribute table's common sorts and filters on components (class,
// name, state, change date, unit grid; a component's street is the start of its grid code). Without
// them each sort of 1.38 million rows goes through SQLite's sorter, about 3 s; with them it is a walk
// of the index. They add about a quarter to a district's file; BulkLoad builds them after a load
// into an empty table instead of row by row.
void toVersion5(sql::Database &db, int)
{
    db.exec("CREATE INDEX components_class ON components(class_code);"
            "CREATE INDEX components_name ON components(name);"
            "CREATE INDEX components_state ON components(state);"
            "CREATE INDEX components_change_date ON components(change_date);"
            "CREATE INDEX components_grid ON components(grid_code);");
}

void addGeometryColumn(sql::Database &db, const char *table, const char *column, const char *type, int srid)
{
    auto st = db.prepare("SELECT AddGeometryColumn(?, ?, ?, ?, 'XY')");
    st.bind(1, QString::fromLatin1(table)).bind(2, QString::fromLatin1(column)).bind(3, srid);
    st.bind(4, QString::fromLatin1(type));
    if (!st.step() || st.int64(0) != 1)
        db.fail(1,
                QStringLiteral("AddGeometryColumn %1.%2").arg(QLatin1String(table), QLatin1String(column)));
}

// A map layer's `geom` column with its spatial index.
void addLayerGeometry(sql::Database &db, const LayerInfo &layer, int srid)
{
    addGeometryColumn(db, layer.table, "geom", layer.geometryType, srid);
    auto index = db.prepare("SELECT CreateSpatialIndex(?, 'geom')");
    index.bind(1, QString::fromLatin1(layer.table));
    index.step();
}

void toVersion1(sql::Database &db, int srid)
{
    db.exec(kVersion1);
    for (const LayerInfo &layer : mapLayers())
        if (layer.sinceVersion == 1)
            addLayerGeometry(db, layer, srid);
}

void toVersion2(sql::Database &db, int)
{
    db.exec(kVersion2);
}

// Version 6: cases (一件事) and risk alerts. The event classes of GB/T 30428.2 as data, with the
// bureau's tracked classes, time limits and trades; the cases layer (a point, an optional area) with
// every step of each case; the dispatch and monitoring rules; the alerts the monitoring rules raised;
// and the recorded reasons of risk level changes. The rules start with the bureau's defaults.
constexpr const char *kVersion6 = R"sql(
CREATE TABLE event_classes (
  code TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT, major TEXT,
  tracked INTEGER NOT NULL DEFAULT 0 CHECK (tracked IN (0,1)),
  time_limit_hours REAL NOT NULL DEFAULT 24 CHECK (time_limit_hours >= 0),
  trade TEXT CHECK (trade IN ('sanitation','municipal','greening','enforcement','utility')));
CREATE TABLE cases (
  id INTEGER PRIMARY KEY, case_no TEXT NOT NULL UNIQUE,
  class_code TEXT NOT NULL REFERENCES event_classes(code),
  source TEXT NOT NULL CHECK (source IN ('video','patrol','public','sensor','instruction')),
  description TEXT, photos TEXT, reporter TEXT, reported_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'collected' CHECK (state IN
    ('collected','accepted','rejected','dispatched','handled','reported','verified','closed')),
  accepted_at TEXT, due_at TEXT, handled_at TEXT, closed_at TEXT,
  level TEXT CHECK (level IN ('district','street','community')), unit TEXT,
  route TEXT CHECK (route IN ('online','coordination','joint_enforcement')),
  reopened INTEGER NOT NULL DEFAULT 0,
  grid_code TEXT, community_code TEXT, street_code TEXT,
  segment_id INTEGER REFERENCES road_segments(id) ON DELETE SET NULL,
  chief_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
  component_id INTEGER REFERENCES components(id) ON DELETE SET NULL,
  entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  risk_id INTEGER REFERENCES risk_points(id) ON DELETE SET NULL, area BLOB);
CREATE INDEX cases_state ON cases(state, due_at);
CREATE INDEX cases_reported ON cases(reported_at);
CREATE INDEX cases_street ON cases(street_code);
CREATE INDEX cases_segment ON cases(segment_id);
CREATE INDEX cases_component ON cases(component_id);
CREATE INDEX cases_risk ON cases(risk_id);
CREATE TABLE case_history (
  id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  time TEXT NOT NULL, operator TEXT NOT NULL, from_state TEXT, to_state TEXT NOT NULL, note TEXT,
  level TEXT CHECK (level IN ('district','street','community')), unit TEXT,
  route TEXT CHECK (route IN ('online','coordination','joint_enforcement')));
CREATE INDEX case_history_case ON case_history(case_id, time);
CREATE TABLE dispatch_rules (
  id INTEGER PRIMARY KEY, priority INTEGER NOT NULL,
  class_prefix TEXT NOT NULL DEFAULT '', trade TEXT NOT NULL DEFAULT '', street_code TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL CHECK (level IN ('district','street','community')),
  unit_kind TEXT NOT NULL CHECK (unit_kind IN ('centre','department','collaborators')),
  entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL, note TEXT);
CREATE TABLE monitoring_rules (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, quantity TEXT NOT NULL,
  threshold REAL NOT NULL, recheck_minutes REAL NOT NULL CHECK (recheck_minutes > 0),
  window_minutes REAL NOT NULL DEFAULT 15 CHECK (window_minutes >= 0),
  class_code TEXT NOT NULL REFERENCES event_classes(code),
  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1)));
CREATE TABLE risk_alerts (
  id INTEGER PRIMARY KEY, risk_id INTEGER NOT NULL REFERENCES risk_points(id) ON DELETE CASCADE,
  rule_id INTEGER REFERENCES monitoring_rules(id) ON DELETE SET NULL,
  time TEXT NOT NULL, value REAL, first_time TEXT NOT NULL, first_value REAL,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL, UNIQUE (risk_id, rule_id, time));
CREATE INDEX risk_alerts_time ON risk_alerts(time);
CREATE TABLE risk_level_history (
  id INTEGER PRIMARY KEY, risk_id INTEGER NOT NULL REFERENCES risk_points(id) ON DELETE CASCADE,
  time TEXT NOT NULL, operator TEXT NOT NULL, from_level TEXT, to_level TEXT NOT NULL, reason TEXT NOT NULL);
CREATE INDEX risk_level_history_point ON risk_level_history(risk_id, time);
)sql";

void toVersion6(sql::Database &db, int srid)
{
    db.exec(kVersion6);
    for (const LayerInfo &layer : mapLayers())
        if (layer.sinceVersion == 6) {
            addLayerGeometry(db, layer, srid);
            addChangeCounter(db, layer.table);
        }
    // A case may also outline the area it concerns (a dumped heap, a flooded stretch): `area`, a
    // SpatiaLite polygon blob, not a second registered geometry column, so that other GIS see one
    // cases layer, found by its point.
    case_defaults::write(db);
}

// Version 7: the district's basemaps, raster pictures drawn under the vectors: orthophotos and scanned
// maps (any file GDAL reads), offline tiles (MBTiles, GeoPackage) and tile services (XYZ, WMTS). Where a
// basemap comes from, how opaque it is and whether a new view shows it are the district's; whether
// someone has it ticked on their screen is not kept here.
void toVersion7(sql::Database &db, int)
{
    db.exec("CREATE TABLE IF NOT EXISTS basemaps ("
            "  id INTEGER PRIMARY KEY, name TEXT NOT NULL, source TEXT NOT NULL,"
            "  kind TEXT NOT NULL CHECK (kind IN ('raster','mbtiles','gpkg','xyz','wmts')),"
            "  opacity REAL NOT NULL DEFAULT 1 CHECK (opacity >= 0 AND opacity <= 1),"
            "  visible_default INTEGER NOT NULL DEFAULT 1 CHECK (visible_default IN (0,1)),"
            "  draw_order INTEGER NOT NULL DEFAULT 0);");
}

} // namespace

void migrate(sql::Database &db, int fromVersion, int toVersion, int srid)
{
    if (fromVersion == 0) {
        // Spatial metadata with only the reference systems the district uses: the full EPSG list
        // would add several megabytes to every file.
        db.exec("SELECT InitSpatialMetadata(1, 'NONE')");
        // Each once: SpatiaLite reports a duplicate on stderr when the store CRS is one of the two.
        QList<int> codes{4490, 4326};
        if (!codes.contains(srid))
            codes.prepend(srid);
        for (int code : codes) {
            auto st = db.prepare("SELECT InsertEpsgSrid(?)");
            st.bind(1, code).step();
        }
    }
    using Step = void (*)(sql::Database &, int);
    static constexpr Step steps[] = {toVersion1, toVersion2, toVersion3, toVersion4,
                                     toVersion5, toVersion6, toVersion7};
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        sql::Transaction tx(db);
        steps[version - 1](db, srid);
        db.exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(version));
        tx.commit();
    }
}

} // namespace uo::schema
