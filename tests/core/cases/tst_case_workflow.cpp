#include "core/cases/case_intake.h"
#include "core/cases/case_register.h"
#include "core/cases/case_units.h"
#include "core/cases/case_workflow.h"
#include "core/store/store_error.h"
#include "tests/core/cases/case_fixture.h"

#include <QTest>

using namespace uo;

// A case taken in fills in its place; the closed loop allows its steps and refuses the others with a
// reason, changes nothing when it refuses, and records every step in the case's history.
class TestCaseWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFixture> m_f;

    qint64 newCase(const char *classCode = "0102", double dx = 302, double dy = 505)
    {
        NewCase c;
        c.classCode = QString::fromLatin1(classCode);
        c.source = QStringLiteral("video");
        c.description = QStringLiteral("垃圾堆在井盖旁");
        c.point = {CaseFixture::kX + dx, CaseFixture::kY + dy};
        c.reportedAt = caseNow(-30);
        return CaseIntake::create(*m_f->store, c);
    }
    QString state(qint64 id)
    {
        return m_f->text("SELECT state FROM cases WHERE id = " + QByteArray::number(id));
    }
    qint64 steps(qint64 id)
    {
        return m_f->number("SELECT count(*) FROM case_history WHERE case_id = " + QByteArray::number(id));
    }
    void go(qint64 id, const char *to, int minutes, const QString &note = {})
    {
        CaseStep step{QString::fromLatin1(to), note, {}, {}, {}};
        if (step.to == QLatin1String("dispatched")) {
            step.level = QStringLiteral("street");
            step.unit = CaseUnits::street(QStringLiteral("500105006"));
        }
        if (step.to == QLatin1String("closed"))
            step.route = QStringLiteral("online");
        CaseWorkflow::advance(*m_f->store, id, step, {}, caseNow(minutes));
    }
    // Brings a new case to `state` along the usual path.
    qint64 caseIn(const QString &target)
    {
        const qint64 id = newCase();
        if (target == QLatin1String("rejected")) {
            go(id, "rejected", 5, QStringLiteral("duplicate"));
            return id;
        }
        const char *path[] = {"accepted", "dispatched", "handled", "reported", "verified", "closed"};
        int minute = 0;
        for (const char *s : path) {
            if (state(id) == target)
                break;
            go(id, s, minute += 10, QStringLiteral("ok"));
        }
        return id;
    }

private slots:
    // One district for every test (making a store takes most of a second); each test makes its own cases.
    void initTestCase()
    {
        m_f = std::make_unique<CaseFixture>(m_dir.filePath(QStringLiteral("cases.sqlite")));
    }

    void intakeFillsInThePlace()
    {
        const qint64 id = newCase();
        QCOMPARE(id, 1);
        const CaseSummary c = CaseRegister::one(*m_f->store, id, caseNow());
        QCOMPARE(c.state, QStringLiteral("collected"));
        QCOMPARE(c.caseNo, QStringLiteral("AJ20260302-0001"));
        QCOMPARE(c.gridCode, QStringLiteral("500105006001001"));
        QCOMPARE(c.communityCode, QStringLiteral("500105006001"));
        QCOMPARE(c.streetCode, QStringLiteral("500105006"));
        QCOMPARE(c.streetName, QStringLiteral("观音桥街道"));
        QCOMPARE(c.segmentId, m_f->segment);
        QCOMPARE(c.chiefId, m_f->chief);
        QCOMPARE(c.chiefName, QStringLiteral("李路长"));
        QCOMPARE(c.componentId, m_f->cover);
        QCOMPARE(m_f->number("SELECT entity_id FROM cases WHERE id = " + QByteArray::number(id)),
                 m_f->waterCompany);
        QCOMPARE(c.className, QStringLiteral("暴露垃圾"));
        QVERIFY(c.tracked);
        QCOMPARE(steps(id), 1);
        QCOMPARE(newCase(), id + 1);
        QCOMPARE(CaseRegister::one(*m_f->store, id + 1).caseNo, QStringLiteral("AJ20260302-0002"));
    }

    void intakeAwayFromEverything()
    {
        // In the street's north-east, outside the grid cell, 1.4 km from the road and the cover.
        const qint64 id = newCase("0102", 1900, 1900);
        const CaseSummary c = CaseRegister::one(*m_f->store, id, caseNow());
        QCOMPARE(c.gridCode, QString());
        QCOMPARE(c.streetCode, QStringLiteral("500105006"));
        QCOMPARE(c.segmentId, 0);
        QCOMPARE(c.componentId, 0);
    }

    void intakeRefusals_data()
    {
        QTest::addColumn<QString>("classCode");
        QTest::addColumn<QString>("source");
        QTest::addColumn<double>("dx");
        QTest::newRow("unknown class") << QStringLiteral("9999") << QStringLiteral("video") << 300.0;
        QTest::newRow("major class") << QStringLiteral("01") << QStringLiteral("video") << 300.0;
        QTest::newRow("unknown source") << QStringLiteral("0102") << QStringLiteral("rumour") << 300.0;
        QTest::newRow("outside the district") << QStringLiteral("0102") << QStringLiteral("video") << 5000.0;
    }
    void intakeRefusals()
    {
        QFETCH(QString, classCode);
        QFETCH(QString, source);
        QFETCH(double, dx);
        NewCase c;
        c.classCode = classCode;
        c.source = source;
        c.point = {CaseFixture::kX + dx, CaseFixture::kY + 500};
        const qint64 cases = m_f->number("SELECT count(*) FROM cases");
        const qint64 steps = m_f->number("SELECT count(*) FROM case_history");
        QVERIFY_THROWS_EXCEPTION(RequestError, CaseIntake::create(*m_f->store, c));
        QCOMPARE(m_f->number("SELECT count(*) FROM cases"), cases);
        QCOMPARE(m_f->number("SELECT count(*) FROM case_history"), steps);
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("accept") << QStringLiteral("collected") << QStringLiteral("accepted") << true;
        QTest::newRow("do not accept") << QStringLiteral("collected") << QStringLiteral("rejected") << true;
        QTest::newRow("dispatch") << QStringLiteral("accepted") << QStringLiteral("dispatched") << true;
        QTest::newRow("dispatch again")
            << QStringLiteral("dispatched") << QStringLiteral("dispatched") << true;
        QTest::newRow("handle") << QStringLiteral("dispatched") << QStringLiteral("handled") << true;
        QTest::newRow("report back") << QStringLiteral("handled") << QStringLiteral("reported") << true;
        QTest::newRow("verify") << QStringLiteral("reported") << QStringLiteral("verified") << true;
        QTest::newRow("send back") << QStringLiteral("reported") << QStringLiteral("dispatched") << true;
        QTest::newRow("close") << QStringLiteral("verified") << QStringLiteral("closed") << true;
        QTest::newRow("reopen") << QStringLiteral("closed") << QStringLiteral("accepted") << true;
        QTest::newRow("accept after all") << QStringLiteral("rejected") << QStringLiteral("accepted") << true;
        QTest::newRow("dispatch unaccepted")
            << QStringLiteral("collected") << QStringLiteral("dispatched") << false;
        QTest::newRow("handle undispatched")
            << QStringLiteral("accepted") << QStringLiteral("handled") << false;
        QTest::newRow("verify unreported")
            << QStringLiteral("handled") << QStringLiteral("verified") << false;
        QTest::newRow("close unverified") << QStringLiteral("reported") << QStringLiteral("closed") << false;
        QTest::newRow("close handled") << QStringLiteral("handled") << QStringLiteral("closed") << false;
        QTest::newRow("close twice") << QStringLiteral("closed") << QStringLiteral("closed") << false;
    }
    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(CaseWorkflow::allowed(from, to), allowed);
        const qint64 id = caseIn(from);
        QCOMPARE(state(id), from);
        const qint64 before = steps(id);
        if (allowed) {
            go(id, to.toLatin1().constData(), 200, QStringLiteral("note"));
            QCOMPARE(state(id), to);
            QCOMPARE(steps(id), before + 1);
        } else {
            QVERIFY_THROWS_EXCEPTION(RequestError,
                                     go(id, to.toLatin1().constData(), 200, QStringLiteral("x")));
            QCOMPARE(state(id), from);
            QCOMPARE(steps(id), before);
        }
    }

    void closingAnUnverifiedCaseSaysWhy()
    {
        const qint64 id = caseIn(QStringLiteral("reported"));
        try {
            go(id, "closed", 100);
            QFAIL("an unverified case was closed");
        } catch (const RequestError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("verified")), qPrintable(e.message()));
        }
        QCOMPARE(state(id), QStringLiteral("reported"));
        QCOMPARE(m_f->text("SELECT coalesce(closed_at, '') FROM cases WHERE id = " + QByteArray::number(id)),
                 QString());
    }

    void stepsNeedWhatTheyRecord_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("taken");
        QTest::newRow("dispatch without unit")
            << QStringLiteral("accepted") << QStringLiteral("dispatched") << QStringLiteral("")
            << QStringLiteral("street") << QStringLiteral("") << QStringLiteral("") << false;
        QTest::newRow("dispatch to no level")
            << QStringLiteral("accepted") << QStringLiteral("dispatched") << QStringLiteral("")
            << QStringLiteral("city") << QStringLiteral("district") << QStringLiteral("") << false;
        QTest::newRow("dispatch") << QStringLiteral("accepted") << QStringLiteral("dispatched")
                                  << QStringLiteral("") << QStringLiteral("district")
                                  << QStringLiteral("district") << QStringLiteral("") << true;
        QTest::newRow("close without route")
            << QStringLiteral("verified") << QStringLiteral("closed") << QStringLiteral("")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << false;
        QTest::newRow("close with unknown route")
            << QStringLiteral("verified") << QStringLiteral("closed") << QStringLiteral("")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("luck") << false;
        QTest::newRow("close") << QStringLiteral("verified") << QStringLiteral("closed") << QStringLiteral("")
                               << QStringLiteral("") << QStringLiteral("")
                               << QStringLiteral("joint_enforcement") << true;
        QTest::newRow("reject without note")
            << QStringLiteral("collected") << QStringLiteral("rejected") << QStringLiteral(" ")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << false;
        QTest::newRow("reopen without note")
            << QStringLiteral("closed") << QStringLiteral("accepted") << QStringLiteral("")
            << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << false;
        QTest::newRow("send back without note")
            << QStringLiteral("reported") << QStringLiteral("dispatched") << QStringLiteral("")
            << QStringLiteral("street") << QStringLiteral("district") << QStringLiteral("") << false;
    }
    void stepsNeedWhatTheyRecord()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, note);
        QFETCH(QString, level);
        QFETCH(QString, unit);
        QFETCH(QString, route);
        QFETCH(bool, taken);
        const qint64 id = caseIn(from);
        const CaseStep step{to, note, level, unit, route};
        if (!taken) {
            QVERIFY_THROWS_EXCEPTION(RequestError,
                                     CaseWorkflow::advance(*m_f->store, id, step, {}, caseNow(300)));
            QCOMPARE(state(id), from);
            return;
        }
        CaseWorkflow::advance(*m_f->store, id, step, {}, caseNow(300));
        auto st =
            m_f->store->db().prepare("SELECT to_state, coalesce(level, ''), coalesce(unit, ''), "
                                     "coalesce(route, ''), operator FROM case_history WHERE case_id = ? "
                                     "ORDER BY id DESC LIMIT 1");
        st.bind(1, id);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), to);
        QCOMPARE(st.text(1), level);
        QCOMPARE(st.text(2), unit);
        QCOMPARE(st.text(3), route);
        QCOMPARE(st.text(4), QStringLiteral("tester"));
    }

    void acceptanceStartsTheTimeLimitAndReopeningStartsAnother()
    {
        const qint64 id = newCase("0102"); // 暴露垃圾: 4 hours
        go(id, "accepted", 0);
        const CaseSummary accepted = CaseRegister::one(*m_f->store, id, caseNow(60));
        QCOMPARE(accepted.dueAt, caseNow(4 * 60));
        QVERIFY(!accepted.overdue);
        QVERIFY(CaseRegister::one(*m_f->store, id, caseNow(4 * 60 + 1)).overdue);
        CaseFilter overdue;
        overdue.overdueOnly = true;
        overdue.caseId = id;
        QCOMPARE(CaseRegister::list(*m_f->store, overdue, caseNow(60)).size(), 0);
        QCOMPARE(CaseRegister::list(*m_f->store, overdue, caseNow(300)).size(), 1);

        for (const char *s : {"dispatched", "handled", "reported", "verified", "closed"})
            go(id, s, 300);
        const CaseSummary late = CaseRegister::one(*m_f->store, id, caseNow(400));
        QVERIFY(!late.overdue); // closed: no longer overdue, but handled late
        QVERIFY(late.handledLate);
        QCOMPARE(late.handledAt, caseNow(300));
        QCOMPARE(late.route, QStringLiteral("online"));

        go(id, "accepted", 1000, QStringLiteral("the heap is back"));
        const CaseSummary reopened = CaseRegister::one(*m_f->store, id, caseNow(1000));
        QCOMPARE(reopened.reopened, 1);
        QCOMPARE(reopened.dueAt, caseNow(1000 + 4 * 60));
        QVERIFY(!reopened.closedAt.isValid());
        QVERIFY(!reopened.handledAt.isValid());
        QCOMPARE(CaseHistory::of(*m_f->store, id).size(), 8);
        QCOMPARE(CaseHistory::of(*m_f->store, id).last().note, QStringLiteral("the heap is back"));
    }

    void roles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("ownSegment");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("no roles on a district file")
            << QStringLiteral("") << false << QStringLiteral("dispatched") << true;
        QTest::newRow("editor dispatches")
            << QStringLiteral("editor") << false << QStringLiteral("dispatched") << true;
        QTest::newRow("admin closes") << QStringLiteral("admin") << false << QStringLiteral("closed") << true;
        QTest::newRow("chief may not dispatch")
            << QStringLiteral("chief") << true << QStringLiteral("dispatched") << false;
        QTest::newRow("chief may not close")
            << QStringLiteral("chief") << true << QStringLiteral("closed") << false;
        QTest::newRow("chief reports on own segment")
            << QStringLiteral("chief") << true << QStringLiteral("reported") << true;
        QTest::newRow("chief confirms on own segment")
            << QStringLiteral("chief") << true << QStringLiteral("verified") << true;
        QTest::newRow("chief not on another's segment")
            << QStringLiteral("chief") << false << QStringLiteral("reported") << false;
        QTest::newRow("planner") << QStringLiteral("planner") << false << QStringLiteral("handled") << false;
    }
    void roles()
    {
        QFETCH(QString, role);
        QFETCH(bool, ownSegment);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        const CaseActor actor{QStringLiteral("someone"), role, ownSegment ? m_f->chief : m_f->greening};
        QCOMPARE(CaseWorkflow::roleRefusal(actor, to, m_f->chief).isEmpty(), allowed);
        // The workflow asks the same question.
        const QString from = to == QLatin1String("dispatched") ? QStringLiteral("accepted")
                             : to == QLatin1String("closed")   ? QStringLiteral("verified")
                             : to == QLatin1String("reported") ? QStringLiteral("handled")
                             : to == QLatin1String("verified") ? QStringLiteral("reported")
                                                               : QStringLiteral("dispatched");
        const qint64 id = caseIn(from);
        CaseStep step{to, {}, QStringLiteral("district"), CaseUnits::district(), QStringLiteral("online")};
        if (allowed) {
            CaseWorkflow::advance(*m_f->store, id, step, actor, caseNow(500));
            QCOMPARE(state(id), to);
            QCOMPARE(m_f->text("SELECT operator FROM case_history ORDER BY id DESC LIMIT 1"),
                     QStringLiteral("someone"));
        } else {
            QVERIFY_THROWS_EXCEPTION(RequestError,
                                     CaseWorkflow::advance(*m_f->store, id, step, actor, caseNow(500)));
            QCOMPARE(state(id), from);
        }
    }

    void suggestedRoute()
    {
        const qint64 once = caseIn(QStringLiteral("verified"));
        QCOMPARE(CaseWorkflow::suggestedRoute(*m_f->store, once), QStringLiteral("online"));
        const qint64 twice = caseIn(QStringLiteral("reported"));
        go(twice, "dispatched", 500, QStringLiteral("not cleaned"));
        QCOMPARE(CaseWorkflow::suggestedRoute(*m_f->store, twice), QStringLiteral("coordination"));
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_case_workflow.moc"
