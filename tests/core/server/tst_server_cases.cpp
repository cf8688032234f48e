// Cases on a server district, with the roles the server enforces (issue #15 on #14's server): editors
// and administrators run the whole loop, dispatch included; a segment chief reports cases and the
// handling of them, and confirms it, on their own segments only; planners and permit reviewers change
// no case; only administrators change the rules. Each login tries through plain libpq, as psql would,
// and through the workstation's own code (CaseIntake, CaseWorkflow) on a DistrictStore opened as that
// login, where the server refuses what a client that lied about its role would try.

#include "core/cases/case_intake.h"
#include "core/cases/case_units.h"
#include "core/cases/case_workflow.h"
#include "core/cases/event_classes.h"
#include "core/server/server_district.h"
#include "core/server/server_publish.h"
#include "core/server/server_roles.h"
#include "core/server/server_url.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QTemporaryDir>
#include <QTest>

using uo::CaseActor;
using uo::CaseIntake;
using uo::CaseStep;
using uo::CaseWorkflow;
using uo::DistrictStore;
using uo::StoreError;
using uo::server::Role;
using uo::server::ServerRoles;
using uo::server::ServerUrl;
using uo::test::TestDatabase;

class TestServerCases : public QObject
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
            .replace(QLatin1String("$CHIEF"), QString::number(m_district.chief))
            .replace(QLatin1String("$ON_CASE"), QString::number(m_onCase))
            .replace(QLatin1String("$OFF_CASE"), QString::number(m_offCase))
            .replace(QLatin1String("$CLASS"), m_class);
    }

    std::unique_ptr<DistrictStore> openAs(const QString &role)
    {
        return DistrictStore::open(m_db->url(m_name, login(role), password(role)));
    }

    QString stateOf(qint64 id) const
    {
        return m_db->value(expand(QStringLiteral("SELECT state FROM $D.cases WHERE id = %1")).arg(id));
    }

    // A case reported on the file at a point, accepted and dispatched to its street: the state a chief
    // finds it in.
    static qint64 dispatchedCase(DistrictStore &store, const QString &eventClass, QPointF at)
    {
        uo::NewCase c;
        c.classCode = eventClass;
        c.point = at;
        c.description = QStringLiteral("路面破损");
        const qint64 id = CaseIntake::create(store, c);
        CaseWorkflow::advance(store, id, {QStringLiteral("accepted"), {}, {}, {}, {}});
        CaseWorkflow::advance(
            store, id,
            {QStringLiteral("dispatched"), {}, QStringLiteral("district"), uo::CaseUnits::district(), {}});
        return id;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        const QString file = m_dir.filePath(QStringLiteral("district.sqlite"));
        m_district = uo::test::makeTestDistrict(file);
        {
            auto store = DistrictStore::open(file);
            m_class = uo::EventClasses::minorClasses(*store).first().code;
            // The test road runs along E 370000-371000 at N 3278000; its one segment is the chief's.
            m_onCase = dispatchedCase(*store, m_class, QPointF(370400, 3278010));
            m_offCase = dispatchedCase(*store, m_class, QPointF(370400, 3278900));
            QCOMPARE(store->readRow(QStringLiteral("cases"), m_onCase)
                         .value(QStringLiteral("chief_id"))
                         .toLongLong(),
                     m_district.chief);
            QVERIFY(store->readRow(QStringLiteral("cases"), m_offCase)
                        .value(QStringLiteral("chief_id"))
                        .isNull());
        }
        m_name = TestDatabase::name("cases");
        uo::server::ServerPublish::run(file, ServerUrl::parse(m_db->url(m_name)));
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

    void whatEachRoleMayDoWithCases_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        const QString denied = QStringLiteral("permission denied");
        const QString policy = QStringLiteral("violates row-level security policy");
        const QString handleOwn = QStringLiteral("UPDATE $D.cases SET state = 'handled', handled_at = "
                                                 "'2025-06-02T10:00:00+08:00' WHERE id = $ON_CASE");
        const QString handleOther = QStringLiteral("UPDATE $D.cases SET state = 'handled', handled_at = "
                                                   "'2025-06-02T10:00:00+08:00' WHERE id = $OFF_CASE");
        const auto report = [](const char *state, const char *chief) {
            return QStringLiteral("INSERT INTO $D.cases (case_no, class_code, source, reported_at, state, "
                                  "chief_id, geom) VALUES "
                                  "('AJ-T-1', '$CLASS', 'patrol', '2025-06-02T09:00:00+08:00', '%1', %2, "
                                  "ST_GeomFromText('POINT(370400 3278010)', 4545))")
                .arg(QLatin1String(state), QLatin1String(chief));
        };
        const QString dispatch = QStringLiteral(
            "UPDATE $D.cases SET state = 'dispatched', level = 'street', unit = 'x' WHERE id = $OFF_CASE");
        const QString rule = QStringLiteral(
            "INSERT INTO $D.dispatch_rules (priority, level, unit_kind) VALUES (1, 'district', 'centre')");
        const QString historyOther = QStringLiteral(
            "INSERT INTO $D.case_history (case_id, time, operator, from_state, to_state) VALUES "
            "($OFF_CASE, '2025-06-02T10:00:00+08:00', 'x', 'dispatched', 'handled')");
        const QString historyOwnClose = QStringLiteral(
            "INSERT INTO $D.case_history (case_id, time, operator, from_state, to_state) VALUES "
            "($ON_CASE, '2025-06-02T10:00:00+08:00', 'x', 'verified', 'closed')");

        QTest::newRow("chief handles a case on own segment") << "chief" << handleOwn << "";
        QTest::newRow("chief handles no case elsewhere") << "chief" << handleOther << policy;
        QTest::newRow("chief closes no case")
            << "chief"
            << "UPDATE $D.cases SET state = 'closed' WHERE id = $ON_CASE" << policy;
        QTest::newRow("chief dispatches no case") << "chief" << dispatch << denied;
        QTest::newRow("chief sets no time limit")
            << "chief"
            << "UPDATE $D.cases SET due_at = '2030-01-01T00:00:00+08:00' WHERE id = $ON_CASE" << denied;
        QTest::newRow("chief reports a case on own segment")
            << "chief" << report("collected", "$CHIEF") << "";
        QTest::newRow("chief reports no case elsewhere") << "chief" << report("collected", "NULL") << policy;
        QTest::newRow("chief accepts no case they report")
            << "chief" << report("accepted", "$CHIEF") << policy;
        QTest::newRow("chief writes no history elsewhere") << "chief" << historyOther << policy;
        QTest::newRow("chief writes no close into own history") << "chief" << historyOwnClose << policy;
        QTest::newRow("chief deletes no case") << "chief"
                                               << "DELETE FROM $D.cases" << denied;
        QTest::newRow("chief changes no rule") << "chief" << rule << denied;

        QTest::newRow("editor dispatches any case") << "editor" << dispatch << "";
        QTest::newRow("editor reports anywhere") << "editor" << report("collected", "NULL") << "";
        QTest::newRow("editor changes no rule") << "editor" << rule << denied;
        QTest::newRow("editor changes no event class")
            << "editor"
            << "UPDATE $D.event_classes SET time_limit_hours = 1" << denied;
        QTest::newRow("admin changes the rules") << "admin" << rule << "";

        QTest::newRow("planner changes no case") << "planner" << dispatch << denied;
        QTest::newRow("planner reports no case") << "planner" << report("collected", "NULL") << denied;
        QTest::newRow("reviewer changes no case") << "reviewer" << handleOwn << denied;
        QTest::newRow("planner reads the cases") << "planner"
                                                 << "SELECT count(*) FROM $D.cases, $D.case_history"
                                                 << "";
    }
    void whatEachRoleMayDoWithCases()
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

    // The history names the login that took the step, whatever the client wrote as its operator.
    void historyNamesTheLogin()
    {
        PGconn *conn = m_db->connectAs(login(QStringLiteral("editor")), password(QStringLiteral("editor")));
        QVERIFY(conn);
        QCOMPARE(
            TestDatabase::run(
                conn, expand(QStringLiteral(
                          "INSERT INTO $D.case_history (case_id, time, operator, from_state, to_state, note) "
                          "VALUES ($OFF_CASE, '2025-06-02T11:00:00+08:00', '张三', 'dispatched', "
                          "'dispatched', 'operator test')"))),
            QString());
        PQfinish(conn);
        QCOMPARE(m_db->value(expand(
                     QStringLiteral("SELECT operator FROM $D.case_history WHERE note = 'operator test'"))),
                 login(QStringLiteral("editor")));
    }

    // The workstation's own code on a server district: a chief takes their steps on their own case,
    // is told why not elsewhere, and the server refuses a client that claims another role.
    void chiefThroughTheWorkstationsCode()
    {
        auto store = openAs(QStringLiteral("chief"));
        const CaseActor chief{QString(), QStringLiteral("chief"), m_district.chief};
        CaseWorkflow::advance(*store, m_onCase, {QStringLiteral("handled"), {}, {}, {}, {}}, chief);
        CaseWorkflow::advance(*store, m_onCase, {QStringLiteral("reported"), {}, {}, {}, {}}, chief);
        QCOMPARE(stateOf(m_onCase), QStringLiteral("reported"));
        QCOMPARE(
            m_db->value(expand(QStringLiteral(
                "SELECT operator FROM $D.case_history WHERE case_id = $ON_CASE ORDER BY id DESC LIMIT 1"))),
            login(QStringLiteral("chief")));

        // Told by the workflow before anything is sent.
        try {
            CaseWorkflow::advance(*store, m_offCase, {QStringLiteral("handled"), {}, {}, {}, {}}, chief);
            QFAIL("a chief handled a case on another's segment");
        } catch (const uo::RequestError &e) {
            // the workflow refuses it, not the server
            QVERIFY2(e.message().contains(QLatin1String("own segments")), qPrintable(e.message()));
        }
        // A client that claims to be an editor: the server refuses, and nothing of the step is kept.
        const CaseActor claimsEditor{QString(), QStringLiteral("editor"), 0};
        const QList<QPair<qint64, CaseStep>> steps = {
            {m_offCase, {QStringLiteral("handled"), {}, {}, {}, {}}},
            // Sent back to the district centre: a dispatch, which is not a chief's.
            {m_onCase,
             {QStringLiteral("dispatched"),
              QStringLiteral("没有修好"),
              QStringLiteral("district"),
              uo::CaseUnits::district(),
              {}}},
        };
        for (const auto &[id, step] : steps) {
            const QString before = stateOf(id);
            try {
                CaseWorkflow::advance(*store, id, step, claimsEditor);
                QFAIL(qPrintable(QStringLiteral("the server let a chief take a step to %1").arg(step.to)));
            } catch (const StoreError &e) {
                QVERIFY2(e.kind() == StoreError::Kind::Denied, qPrintable(e.message()));
            }
            QCOMPARE(stateOf(id), before);
        }
        const QString historyRows = expand(QStringLiteral("SELECT count(*) FROM $D.case_history"));
        const QString rowsBefore = m_db->value(historyRows);
        // Reporting through CaseIntake: on the chief's own segment it goes in, elsewhere it is refused.
        uo::NewCase c;
        c.classCode = m_class;
        c.point = QPointF(370600, 3278008);
        const qint64 reported = CaseIntake::create(*store, c, chief);
        QCOMPARE(stateOf(reported), QStringLiteral("collected"));
        c.point = QPointF(370600, 3278900);
        QVERIFY_THROWS_EXCEPTION(uo::RequestError, CaseIntake::create(*store, c, chief));
        QCOMPARE(m_db->value(historyRows).toLongLong(), rowsBefore.toLongLong() + 1);
    }

    // An editor runs the loop on any case, dispatch included; a planner's steps are refused.
    void editorAndPlannerThroughTheWorkstationsCode()
    {
        auto editor = openAs(QStringLiteral("editor"));
        const CaseActor asEditor{QString(), QStringLiteral("editor"), 0};
        CaseWorkflow::advance(*editor, m_offCase, {QStringLiteral("handled"), {}, {}, {}, {}}, asEditor);
        QCOMPARE(stateOf(m_offCase), QStringLiteral("handled"));

        auto planner = openAs(QStringLiteral("planner"));
        const CaseActor claimsEditor{QString(), QStringLiteral("editor"), 0};
        try {
            CaseWorkflow::advance(*planner, m_offCase, {QStringLiteral("reported"), {}, {}, {}, {}},
                                  claimsEditor);
            QFAIL("the server let a planner take a step");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Denied);
        }
        QCOMPARE(stateOf(m_offCase), QStringLiteral("handled"));
        const CaseActor asPlanner{QString(), QStringLiteral("planner"), 0};
        QVERIFY(!CaseWorkflow::roleRefusal(asPlanner, QStringLiteral("reported"), 0).isEmpty());
        QVERIFY(!CaseWorkflow::rulesRefusal(asEditor).isEmpty());
        QVERIFY(CaseWorkflow::rulesRefusal({QString(), QStringLiteral("admin"), 0}).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    uo::test::TestDistrict m_district;
    QString m_name, m_class;
    qint64 m_onCase = 0, m_offCase = 0;
};

QTEST_GUILESS_MAIN(TestServerCases)
#include "tst_server_cases.moc"
