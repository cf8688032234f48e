// Roles on a server district, enforced by the server itself: each login connects with plain libpq (as
// psql would) and tries what its role may and may not do. The audit log is written by the server under
// the login's name and no role but admin can change it; every update raises the row's version.

#include "core/server/pg_connection.h"
#include "core/server/server_district.h"
#include "core/server/server_publish.h"
#include "core/server/server_roles.h"
#include "core/server/server_url.h"
#include "core/store/store_error.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using uo::StoreError;
using uo::server::Role;
using uo::server::ServerRoles;
using uo::server::ServerUrl;
using uo::test::TestDatabase;

class TestServerRoles : public QObject
{
    Q_OBJECT

    QString login(const QString &role) const { return TestDatabase::name(role.toLatin1().constData()); }
    static QString password(const QString &role) { return QStringLiteral("pw-") + role; }

    // Runs `sql` as the role's login in a transaction that is rolled back; the server's message or "".
    QString tryAs(const QString &role, const QString &sql)
    {
        return m_db->tryAs(login(role), password(role), sql);
    }

    QString expand(QString sql) const
    {
        return sql.replace(QLatin1String("$D"), m_name)
            .replace(QLatin1String("$ON_RISK"), QString::number(m_district.riskOnSegment))
            .replace(QLatin1String("$OFF_RISK"), QString::number(m_district.riskElsewhere))
            .replace(QLatin1String("$ON"), QString::number(m_district.componentOnSegment))
            .replace(QLatin1String("$OFF"), QString::number(m_district.componentElsewhere));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        m_file = m_dir.filePath(QStringLiteral("district.sqlite"));
        m_district = uo::test::makeTestDistrict(m_file);
        m_name = TestDatabase::name("roles");
        uo::server::ServerPublish::run(m_file, ServerUrl::parse(m_db->url(m_name)));
        auto district = uo::server::ServerDistrict::open(ServerUrl::parse(m_db->url(m_name)));
        for (const uo::server::RoleInfo &info : ServerRoles::all()) {
            const QString key = QLatin1String(info.key);
            ServerRoles::addUser(*district, login(key), info.role,
                                 info.role == Role::Chief ? std::optional<qint64>(m_district.chief)
                                                          : std::nullopt,
                                 password(key));
        }
    }
    void cleanupTestCase() { m_db.reset(); }

    void whatEachRoleMayDo_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        const QString denied = QStringLiteral("permission denied");
        const QString policy = QStringLiteral("violates row-level security policy");
        const QString noteOn = QStringLiteral("UPDATE $D.components SET note = 'checked' WHERE id = $ON");
        const QString noteOff = QStringLiteral("UPDATE $D.components SET note = 'checked' WHERE id = $OFF");
        const QString recordOn = QStringLiteral("INSERT INTO $D.risk_records (risk_id, time, kind, value) "
                                                "VALUES ($ON_RISK, '2025-06-02T08:00:00Z', 'reading', 58)");
        const QString recordOff = QStringLiteral("INSERT INTO $D.risk_records (risk_id, time, kind, value) "
                                                 "VALUES ($OFF_RISK, '2025-06-02T08:00:00Z', 'reading', 58)");
        for (const char *role : {"admin", "editor", "reviewer", "chief", "planner"})
            QTest::addRow("%s reads", role) << role << "SELECT count(*) FROM $D.components, $D.audit_log"
                                            << "";

        QTest::newRow("planner edits nothing") << "planner" << noteOn << denied;
        QTest::newRow("planner records nothing") << "planner" << recordOn << denied;
        QTest::newRow("planner decides no permit") << "planner"
                                                   << "UPDATE $D.permits SET status = 'approved'" << denied;

        QTest::newRow("chief notes on own segment") << "chief" << noteOn << "";
        QTest::newRow("chief notes elsewhere") << "chief" << noteOff << policy;
        QTest::newRow("chief records on own segment") << "chief" << recordOn << "";
        QTest::newRow("chief records elsewhere") << "chief" << recordOff << policy;
        QTest::newRow("chief corrects a record elsewhere")
            << "chief"
            << "UPDATE $D.risk_records SET note = 'x' WHERE risk_id = $OFF_RISK" << policy;
        QTest::newRow("chief moves a record to another point")
            << "chief"
            << "UPDATE $D.risk_records SET risk_id = $OFF_RISK WHERE risk_id = $ON_RISK" << denied;
        QTest::newRow("chief deletes records") << "chief"
                                               << "DELETE FROM $D.risk_records" << denied;
        QTest::newRow("chief changes a component's state")
            << "chief"
            << "UPDATE $D.components SET state = 'damaged' WHERE id = $ON" << denied;
        QTest::newRow("chief changes a segment") << "chief"
                                                 << "UPDATE $D.road_segments SET name = 'x'" << denied;
        QTest::newRow("chief turns row security off")
            << "chief" << QString(QStringLiteral("SET row_security = off; ") + noteOff)
            << "row-level security";
        QTest::newRow("chief drops the policy") << "chief"
                                                << "ALTER TABLE $D.components DISABLE ROW LEVEL SECURITY"
                                                << "must be owner";

        QTest::newRow("editor edits any component")
            << "editor"
            << "UPDATE $D.components SET state = 'damaged' WHERE id = $OFF"
            << "";
        QTest::newRow("editor adds a shop") << "editor"
                                            << "INSERT INTO $D.shops (name, geom) VALUES ('新店', "
                                               "ST_GeomFromText('POINT(370300 3278020)', 4545))"
                                            << "";
        QTest::newRow("editor records anywhere") << "editor" << recordOff << "";
        QTest::newRow("editor changes no segment") << "editor"
                                                   << "UPDATE $D.road_segments SET name = 'x'" << denied;
        QTest::newRow("editor adds no person")
            << "editor"
            << "INSERT INTO $D.people (name, role) VALUES ('x', 'officer')" << denied;
        QTest::newRow("editor decides no permit") << "editor"
                                                  << "UPDATE $D.permits SET status = 'approved'" << denied;
        QTest::newRow("editor rewrites no audit") << "editor"
                                                  << "UPDATE $D.audit_log SET operator = 'nobody'" << denied;
        QTest::newRow("editor deletes no audit") << "editor"
                                                 << "DELETE FROM $D.audit_log" << denied;
        QTest::newRow("editor forges no audit") << "editor"
                                                << "INSERT INTO $D.audit_log (time, operator, action) VALUES "
                                                   "('2025-01-01T00:00:00Z', 'x', 'update')"
                                                << denied;

        QTest::newRow("reviewer decides permits") << "reviewer"
                                                  << "UPDATE $D.permits SET status = 'approved'"
                                                  << "";
        QTest::newRow("reviewer records a decision")
            << "reviewer"
            << "INSERT INTO $D.permit_history (permit_id, time, operator, to_status) SELECT id, "
               "'2025-06-03T00:00:00Z', "
               "'r', 'approved' FROM $D.permits"
            << "";
        QTest::newRow("reviewer edits no component") << "reviewer" << noteOn << denied;
        QTest::newRow("reviewer changes no rule")
            << "reviewer"
            << "INSERT INTO $D.permit_rules VALUES ('x', '1')" << denied;

        QTest::newRow("admin lays out segments") << "admin"
                                                 << "UPDATE $D.road_segments SET name = 'x'"
                                                 << "";
        QTest::newRow("admin changes people") << "admin"
                                              << "UPDATE $D.people SET contact = '023-1234'"
                                              << "";
        QTest::newRow("admin changes rules") << "admin"
                                             << "INSERT INTO $D.permit_rules VALUES ('x', '1')"
                                             << "";
        QTest::newRow("admin may change the audit log")
            << "admin"
            << "UPDATE $D.audit_log SET operator = operator WHERE id = 1"
            << "";
        QTest::newRow("admin may delete audit rows") << "admin"
                                                     << "DELETE FROM $D.audit_log WHERE id < 0"
                                                     << "";
    }
    void whatEachRoleMayDo()
    {
        QFETCH(QString, role);
        QFETCH(QString, sql);
        QFETCH(QString, refusal);
        const QString error = tryAs(role, expand(sql));
        if (refusal.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(refusal),
                     qPrintable(QStringLiteral("expected \"%1\", got \"%2\"").arg(refusal, error)));
    }

    // The audit log row comes from the server: the login, the time, only what changed, geometry as WKT.
    void auditWrittenByTheServer()
    {
        const QString layerVersion =
            expand(QStringLiteral("SELECT version FROM $D.layer_versions WHERE table_name = 'components'"));
        const qint64 versionBefore = m_db->value(layerVersion).toLongLong();
        PGconn *conn = m_db->connectAs(login(QStringLiteral("editor")), password(QStringLiteral("editor")));
        QVERIFY(conn);
        QCOMPARE(TestDatabase::run(
                     conn, expand(QStringLiteral("UPDATE $D.components SET state = 'missing', "
                                                 "geom = ST_GeomFromText('POINT(370500.25 3278800)', 4545) "
                                                 "WHERE id = $OFF"))),
                 QString());
        PQfinish(conn);
        QCOMPARE(m_db->value(
                     expand(QStringLiteral("SELECT operator || ' ' || action || ' ' || table_name || ' ' || "
                                           "row_id FROM $D.audit_log ORDER BY id DESC LIMIT 1"))),
                 QStringLiteral("%1 update components %2")
                     .arg(login(QStringLiteral("editor")))
                     .arg(m_district.componentElsewhere));
        const QJsonObject before =
            QJsonDocument::fromJson(
                m_db->value(expand(QStringLiteral(
                                "SELECT old_values FROM $D.audit_log ORDER BY id DESC LIMIT 1")))
                    .toUtf8())
                .object();
        const QJsonObject after =
            QJsonDocument::fromJson(
                m_db->value(expand(QStringLiteral(
                                "SELECT new_values FROM $D.audit_log ORDER BY id DESC LIMIT 1")))
                    .toUtf8())
                .object();
        QCOMPARE(before.keys(), QStringList({QStringLiteral("geom"), QStringLiteral("state")}));
        QCOMPARE(before.value(QLatin1String("state")).toString(), QStringLiteral("intact"));
        QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("missing"));
        QCOMPARE(after.value(QLatin1String("geom")).toString(), QStringLiteral("POINT(370500.25 3278800)"));
        const QString time =
            m_db->value(expand(QStringLiteral("SELECT time FROM $D.audit_log ORDER BY id DESC LIMIT 1")));
        QVERIFY2(QDateTime::fromString(time, Qt::ISODate).isValid() && time.endsWith(QLatin1Char('Z')),
                 qPrintable(time));
        // The row's version went up by one; the layer's change counter moved.
        QCOMPARE(m_db->value(expand(QStringLiteral("SELECT row_version FROM $D.components WHERE id = $OFF"))),
                 QStringLiteral("2"));
        QCOMPARE(m_db->value(layerVersion).toLongLong(), versionBefore + 1);
    }

    // Through the program's own connection, a refusal is a Denied error naming the login.
    void refusalThroughTheProgram()
    {
        uo::server::Connection connection(ServerUrl::parse(
            m_db->url(QString(), login(QStringLiteral("planner")), password(QStringLiteral("planner")))));
        try {
            connection.query(expand(QStringLiteral("UPDATE $D.components SET note = $1")).toUtf8(),
                             {QStringLiteral("x")});
            QFAIL("a planner changed a component");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Denied);
            QVERIFY2(error.message().contains(login(QStringLiteral("planner"))), qPrintable(error.message()));
        }
    }

    void loginWithoutRoleReadsNothing()
    {
        const QString stranger = TestDatabase::name("stranger");
        QCOMPARE(m_db->run(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw'").arg(stranger)), QString());
        PGconn *conn = m_db->connectAs(stranger, QStringLiteral("pw"));
        QVERIFY(conn);
        QVERIFY(TestDatabase::run(conn, expand(QStringLiteral("SELECT count(*) FROM $D.components")))
                    .contains(QLatin1String("permission denied")));
        PQfinish(conn);
    }

    void rolesAsTheProgramSeesThem()
    {
        auto district = uo::server::ServerDistrict::open(ServerUrl::parse(
            m_db->url(m_name, login(QStringLiteral("chief")), password(QStringLiteral("chief")))));
        QCOMPARE(district->loginRole(), QStringLiteral("chief"));
        auto asOwner = uo::server::ServerDistrict::open(ServerUrl::parse(m_db->url(m_name)));
        QCOMPARE(asOwner->loginRole(), QStringLiteral("owner"));
        const QList<uo::server::ServerLogin> logins = ServerRoles::users(*asOwner);
        QCOMPARE(logins.size(), ServerRoles::all().size());
        for (const uo::server::ServerLogin &l : logins) {
            QCOMPARE(l.login, login(l.role));
            QVERIFY(l.canSignIn);
            QCOMPARE(l.personId, l.role == QLatin1String("chief") ? m_district.chief : 0);
        }
    }

    // One role per district: a new role replaces the old one.
    void changingARole()
    {
        auto district = uo::server::ServerDistrict::open(ServerUrl::parse(m_db->url(m_name)));
        const QString moved = TestDatabase::name("moved");
        ServerRoles::addUser(*district, moved, Role::Chief, m_district.chief, QStringLiteral("pw"));
        ServerRoles::addUser(*district, moved, Role::Planner, std::nullopt, std::nullopt);
        PGconn *conn = m_db->connectAs(moved, QStringLiteral("pw"));
        QVERIFY(conn);
        QVERIFY(TestDatabase::run(
                    conn, expand(QStringLiteral("UPDATE $D.components SET note = 'x' WHERE id = $ON")))
                    .contains(QLatin1String("permission denied")));
        PQfinish(conn);
    }

    void addUserRefusals_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::addColumn<qint64>("person");
        QTest::newRow("chief without a person") << TestDatabase::name("c1") << int(Role::Chief) << qint64(0);
        QTest::newRow("a person who does not exist")
            << TestDatabase::name("c2") << int(Role::Chief) << qint64(424242);
        QTest::newRow("a reserved name") << QStringLiteral("pg_monitor") << int(Role::Planner) << qint64(0);
        QTest::newRow("a district role's name")
            << QStringLiteral("uo_x_admin") << int(Role::Planner) << qint64(0);
    }
    void addUserRefusals()
    {
        QFETCH(QString, login);
        QFETCH(int, role);
        QFETCH(qint64, person);
        auto district = uo::server::ServerDistrict::open(ServerUrl::parse(m_db->url(m_name)));
        try {
            ServerRoles::addUser(*district, login, Role(role),
                                 person ? std::optional<qint64>(person) : std::nullopt, std::nullopt);
            QFAIL("added");
        } catch (const uo::RequestError &error) {
            QVERIFY(!error.message().isEmpty());
        }
        QCOMPARE(m_db->value(
                     QStringLiteral(
                         "SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND rolname NOT LIKE 'pg\\_%'")
                         .arg(login)),
                 QStringLiteral("0"));
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_file, m_name;
    uo::test::TestDistrict m_district;
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_server_roles.moc"
