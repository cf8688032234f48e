#include "core/server/server_roles.h"
#include "core/error/error.h"

#include "core/server/pg_connection.h"
#include "core/server/server_district.h"
#include "core/server/server_schema.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <libpq-fe.h>

namespace uo::server {

namespace {
// What each role writes, beyond reading everything (admin writes every table). A chief's writes are
// further limited by row-level security to their own segments; see install().
struct Grant
{
    Role role;
    const char *table;
    const char *privileges;
};
const Grant kGrants[] = {
    {Role::Editor, tableName(Layer::Components), "INSERT, UPDATE, DELETE"},
    {Role::Editor, tableName(Layer::RiskPoints), "INSERT, UPDATE, DELETE"},
    {Role::Editor, "risk_records", "INSERT, UPDATE, DELETE"},
    {Role::Editor, tableName(Layer::Roads), "INSERT, UPDATE, DELETE"},
    {Role::Editor, tableName(Layer::Shops), "INSERT, UPDATE, DELETE"},
    {Role::Editor, "component_points_cache", "INSERT, UPDATE, DELETE"}, // derived from components
    {Role::Reviewer, tableName(Layer::Permits), "INSERT, UPDATE"},
    {Role::Reviewer, "permit_history", "INSERT"},
    // Cases: editors (and admins) run the whole loop, dispatch included, and the monitoring's alerts.
    {Role::Editor, tableName(Layer::Cases), "INSERT, UPDATE"},
    {Role::Editor, "case_history", "INSERT"},
    {Role::Editor, "risk_alerts", "INSERT, UPDATE"},
    {Role::Editor, "risk_level_history", "INSERT"},
    {Role::Chief, tableName(Layer::Components), "UPDATE (note)"},
    // A chief reports cases and the handling of them, and confirms it on site, on their own segments
    // (row-level security below says which cases and which steps).
    {Role::Chief, tableName(Layer::Cases), "INSERT, UPDATE (state, handled_at)"},
    {Role::Chief, "case_history", "INSERT"},
    // Not risk_id: a record stays with its risk point.
    {Role::Chief, "risk_records", "INSERT, UPDATE (time, kind, quantity, value, note)"},
};
} // namespace

const QList<RoleInfo> &ServerRoles::all()
{
    static const QList<RoleInfo> roles = {
        {Role::Admin, "admin", QT_TRANSLATE_NOOP("uo::server::ServerRoles", "Administrator")},
        {Role::Editor, "editor", QT_TRANSLATE_NOOP("uo::server::ServerRoles", "Editor")},
        {Role::Reviewer, "reviewer", QT_TRANSLATE_NOOP("uo::server::ServerRoles", "Permit reviewer")},
        {Role::Chief, "chief", QT_TRANSLATE_NOOP("uo::server::ServerRoles", "Segment chief")},
        {Role::Planner, "planner", QT_TRANSLATE_NOOP("uo::server::ServerRoles", "Planner")},
    };
    return roles;
}

std::optional<Role> ServerRoles::fromKey(const QString &key)
{
    for (const RoleInfo &info : all())
        if (key == QLatin1String(info.key))
            return info.role;
    return std::nullopt;
}

QString ServerRoles::key(Role role)
{
    for (const RoleInfo &info : all())
        if (info.role == role)
            return QLatin1String(info.key);
    return QString();
}

QString ServerRoles::title(Role role)
{
    for (const RoleInfo &info : all())
        if (info.role == role)
            return tr(info.title);
    return QString();
}

QByteArray ServerRoles::groupRole(const QString &district, Role role)
{
    return "uo_" + district.toUtf8() + '_' + key(role).toUtf8();
}

void ServerRoles::install(Connection &connection, const QString &district, const QStringList &tables)
{
    const QByteArray s = Connection::quote(district);
    auto t = [&](const QString &table) { return Connection::qualified(district, table); };
    auto group = [&](Role role) -> QByteArray {
        return Connection::quote(QString::fromUtf8(groupRole(district, role)));
    };
    QByteArrayList everyone;
    for (const RoleInfo &info : all()) {
        const QByteArray name = groupRole(district, info.role);
        if (connection.scalar("SELECT count(*) FROM pg_roles WHERE rolname = $1",
                              {QString::fromUtf8(name)}) == QLatin1String("0"))
            connection.exec("CREATE ROLE " + Connection::quote(QString::fromUtf8(name)) + " NOLOGIN",
                            tr("creating the role %1 (publishing takes a login that may create roles)")
                                .arg(QString::fromUtf8(name)));
        everyone.append(group(info.role));
    }
    const QByteArray all = everyone.join(", ");
    connection.exec("GRANT USAGE ON SCHEMA " + s + " TO " + all);
    connection.exec("GRANT SELECT ON ALL TABLES IN SCHEMA " + s + " TO " + all);
    connection.exec("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + s + " TO " +
                    group(Role::Admin));
    connection.exec("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + s + " TO " + group(Role::Admin) + ", " +
                    group(Role::Editor) + ", " + group(Role::Reviewer) + ", " + group(Role::Chief));
    for (const Grant &grant : kGrants)
        if (tables.contains(QLatin1String(grant.table)))
            connection.exec(QByteArray("GRANT ") + grant.privileges + " ON " + t(QLatin1String(grant.table)) +
                            " TO " + group(grant.role));

    // Row-level security where a chief writes: everyone who may read reads every row, admin and editor
    // write every row, a chief only rows on their own segments. USING (true) on the chief's updates
    // makes a refused update an error rather than a silent "0 rows".
    const QByteArray writers = group(Role::Admin) + ", " + group(Role::Editor);
    struct Restricted
    {
        const char *table;
        QByteArray insertCheck, updateCheck;
    };
    // The steps of a case that are a chief's (CaseWorkflow::roleRefusal says the same to the user).
    const QByteArray chiefSteps = "('collected', 'handled', 'reported', 'verified')";
    const QByteArray ownCase = s + ".current_person() IS NOT NULL AND chief_id = " + s + ".current_person()";
    const Restricted restricted[] = {
        {tableName(Layer::Components), QByteArray(), s + ".on_own_segment(geom)"},
        {"risk_records", s + ".risk_on_own_segment(risk_id)", s + ".risk_on_own_segment(risk_id)"},
        {tableName(Layer::Cases), ownCase + " AND state = 'collected'",
         ownCase + " AND state IN " + chiefSteps},
        {"case_history", s + ".case_on_own_segment(case_id) AND to_state IN " + chiefSteps, QByteArray()},
    };
    // The settings are the admin's, but for the count each edit session keeps of its saves
    // (EditJournal::recordSave, `edit_save.<session>`), which every role that saves writes: a journal
    // recovered after a crash right after a commit is then known as saved and not written twice.
    if (tables.contains(QLatin1String("settings"))) {
        const QByteArray table = t(QStringLiteral("settings"));
        const QByteArray savers =
            group(Role::Editor) + ", " + group(Role::Reviewer) + ", " + group(Role::Chief);
        const QByteArray saveCount = "key LIKE 'edit\\_save.%'";
        connection.exec("GRANT INSERT, UPDATE, DELETE ON " + table + " TO " + savers);
        connection.exec("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
        connection.exec("CREATE POLICY read ON " + table + " FOR SELECT USING (true)");
        connection.exec("CREATE POLICY write ON " + table + " FOR ALL TO " + group(Role::Admin) +
                        " USING (true) WITH CHECK (true)");
        connection.exec("CREATE POLICY save_count ON " + table + " FOR ALL TO " + savers + " USING (" +
                        saveCount + ") WITH CHECK (" + saveCount + ')');
    }
    for (const Restricted &r : restricted) {
        if (!tables.contains(QLatin1String(r.table)))
            continue;
        const QByteArray table = t(QLatin1String(r.table));
        connection.exec("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
        connection.exec("CREATE POLICY read ON " + table + " FOR SELECT USING (true)");
        connection.exec("CREATE POLICY write ON " + table + " FOR ALL TO " + writers +
                        " USING (true) WITH CHECK (true)");
        if (!r.insertCheck.isEmpty())
            connection.exec("CREATE POLICY chief_insert ON " + table + " FOR INSERT TO " +
                            group(Role::Chief) + " WITH CHECK (" + r.insertCheck + ')');
        if (!r.updateCheck.isEmpty())
            connection.exec("CREATE POLICY chief_update ON " + table + " FOR UPDATE TO " +
                            group(Role::Chief) + " USING (true) WITH CHECK (" + r.updateCheck + ')');
    }
}

void ServerRoles::addUser(ServerDistrict &district, const QString &login, Role role,
                          std::optional<qint64> person, const std::optional<QString> &password)
{
    Connection &connection = district.connection();
    if (login.isEmpty() || login.toUtf8().size() > 63 || login.startsWith(QLatin1String("pg_")) ||
        login.startsWith(QLatin1String("uo_")))
        throw RequestError(
            tr("\"%1\" cannot be a login: use at most 63 bytes, not starting with pg_ or uo_.").arg(login));
    if (role == Role::Chief && !person)
        throw RequestError(
            tr("A segment chief's login needs --person: the person whose segments are theirs."));
    if (person && connection.scalar("SELECT count(*) FROM " + district.table(QStringLiteral("people")) +
                                        " WHERE id = $1",
                                    {*person}) == QLatin1String("0"))
        throw RequestError(tr("District %1 has no person with the id %2.").arg(district.name()).arg(*person));

    const QByteArray name = Connection::quote(login);
    QByteArray passwordClause;
    if (password) {
        const QByteArray text = password->toUtf8(), user = login.toUtf8();
        char *hashed =
            PQencryptPasswordConn(connection.handle(), text.constData(), user.constData(), nullptr);
        if (!hashed)
            connection.fail(nullptr, tr("preparing the password of %1").arg(login));
        passwordClause = " PASSWORD " + connection.literal(QString::fromUtf8(hashed));
        PQfreemem(hashed);
    }
    const QString doing = tr("adding the login %1").arg(login);
    ServerTransaction tx(connection);
    const bool exists =
        connection.scalar("SELECT count(*) FROM pg_roles WHERE rolname = $1", {login}) != QLatin1String("0");
    if (!exists)
        connection.exec("CREATE ROLE " + name + " LOGIN" + passwordClause, doing);
    else if (!passwordClause.isEmpty())
        connection.exec("ALTER ROLE " + name + passwordClause, doing);
    for (const RoleInfo &info : all()) {
        const QByteArray group = Connection::quote(QString::fromUtf8(groupRole(district.name(), info.role)));
        if (info.role == role)
            connection.exec("GRANT " + group + " TO " + name, doing);
        else if (connection.scalar(
                     "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                     "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = $1 AND u.rolname = $2",
                     {QString::fromUtf8(groupRole(district.name(), info.role)), login}) != QLatin1String("0"))
            connection.exec("REVOKE " + group + " FROM " + name, doing); // one role per district
    }
    connection.query("INSERT INTO " + district.table(QLatin1String(server_schema::kLoginsTable)) +
                         " (login, role, person_id) VALUES ($1, $2, $3) ON CONFLICT (login) DO UPDATE SET "
                         "role = excluded.role, person_id = excluded.person_id",
                     {login, key(role), person ? QVariant(*person) : QVariant()}, doing);
    tx.commit();
}

QList<ServerLogin> ServerRoles::users(ServerDistrict &district)
{
    Connection &connection = district.connection();
    QList<ServerLogin> out;
    // Members of the district's roles, and logins the district knows (which may have lost theirs).
    QStringList groups;
    for (const RoleInfo &info : all())
        groups.append(QString::fromUtf8(groupRole(district.name(), info.role)));
    const Result rows = connection.query(
        "WITH members AS (SELECT u.rolname AS login, g.rolname AS grp, u.rolcanlogin FROM pg_auth_members m "
        "  JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = "
        "ANY($1::text[])) "
        "SELECT coalesce(m.login, l.login), m.grp, l.person_id, p.name, coalesce(m.rolcanlogin, "
        "r.rolcanlogin, false) "
        "FROM members m FULL JOIN " +
            district.table(QLatin1String(server_schema::kLoginsTable)) +
            " l ON l.login = m.login "
            "LEFT JOIN " +
            district.table(QStringLiteral("people")) +
            " p ON p.id = l.person_id "
            "LEFT JOIN pg_roles r ON r.rolname = l.login ORDER BY 1, 2",
        {QString(QLatin1Char('{') + groups.join(QLatin1Char(',')) + QLatin1Char('}'))});
    for (int i = 0; i < rows.rows(); ++i) {
        ServerLogin login;
        login.login = rows.text(i, 0);
        for (const RoleInfo &info : all())
            if (rows.text(i, 1) == QString::fromUtf8(groupRole(district.name(), info.role)))
                login.role = QLatin1String(info.key);
        login.personId = rows.isNull(i, 2) ? 0 : rows.int64(i, 2);
        login.personName = rows.text(i, 3);
        login.canSignIn = rows.text(i, 4) == QLatin1String("t");
        out.append(login);
    }
    return out;
}

} // namespace uo::server
