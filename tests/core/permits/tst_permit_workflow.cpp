#include "core/permits/permit_workflow.h"
#include "core/sql/statement.h"
#include "core/store/store_error.h"
#include "tests/core/permits/permit_fixture.h"

#include <QTest>

using namespace uo;

// The workflow allows its steps and nothing else; decisions need a route, and a reason when a check
// fails; every step lands in the permit's history.
class TestPermitWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PermitFixture> m_f;
    const QDate m_today{2026, 11, 27};

    QString status(qint64 id)
    {
        return m_f->store->db().scalarText("SELECT status FROM permits WHERE id = " + QByteArray::number(id));
    }

private slots:
    void init()
    {
        static int n = 0;
        m_f = std::make_unique<PermitFixture>(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++n)));
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("submit for review")
            << QStringLiteral("submitted") << QStringLiteral("under_review") << true;
        QTest::newRow("approve") << QStringLiteral("under_review") << QStringLiteral("approved") << true;
        QTest::newRow("return for joint excavation")
            << QStringLiteral("under_review") << QStringLiteral("returned_joint") << true;
        QTest::newRow("resubmit jointly")
            << QStringLiteral("returned_joint") << QStringLiteral("submitted") << true;
        QTest::newRow("start works") << QStringLiteral("approved") << QStringLiteral("works_started") << true;
        QTest::newRow("skip review") << QStringLiteral("submitted") << QStringLiteral("approved") << false;
        QTest::newRow("dig when rejected")
            << QStringLiteral("rejected") << QStringLiteral("works_started") << false;
        QTest::newRow("accept before restoring")
            << QStringLiteral("works_started") << QStringLiteral("accepted") << false;
        QTest::newRow("reopen accepted")
            << QStringLiteral("accepted") << QStringLiteral("under_review") << false;
    }
    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(PermitWorkflow::allowed(from, to), allowed);
        const qint64 p = m_f->permit(QStringLiteral("P1"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"), from);
        const qint64 historyBefore = m_f->store->db().scalarInt("SELECT count(*) FROM permit_history");
        if (allowed) {
            PermitWorkflow::advance(*m_f->store, p, to, QStringLiteral("checked"), QStringLiteral("online"),
                                    m_today);
            QCOMPARE(status(p), to);
            QCOMPARE(m_f->store->db().scalarInt("SELECT count(*) FROM permit_history"), historyBefore + 1);
        } else {
            QVERIFY_THROWS_EXCEPTION(RequestError,
                                     PermitWorkflow::advance(*m_f->store, p, to, QStringLiteral("x"),
                                                             QStringLiteral("online"), m_today));
            QCOMPARE(status(p), from);
            QCOMPARE(m_f->store->db().scalarInt("SELECT count(*) FROM permit_history"), historyBefore);
        }
    }

    void decisionNeedsRouteAndReasonWhenACheckFails()
    {
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road,
                              {{QStringLiteral("rebuilt_date"), QStringLiteral("2025-01-01")}});
        const qint64 p = m_f->permit(QStringLiteral("P1"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 PermitWorkflow::advance(*m_f->store, p, QStringLiteral("approved"),
                                                         QStringLiteral("fine"), QString(), m_today));
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 PermitWorkflow::advance(*m_f->store, p, QStringLiteral("approved"),
                                                         QString(), QStringLiteral("online"), m_today));
        QCOMPARE(status(p), QStringLiteral("under_review"));
        PermitWorkflow::advance(*m_f->store, p, QStringLiteral("rejected"),
                                QStringLiteral("road rebuilt in 2025"), QStringLiteral("coordination"),
                                m_today);
        auto st = m_f->store->db().prepare(
            "SELECT from_status, to_status, reason, route, operator FROM permit_history WHERE permit_id = ?");
        st.bind(1, p);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("under_review"));
        QCOMPARE(st.text(1), QStringLiteral("rejected"));
        QCOMPARE(st.text(2), QStringLiteral("road rebuilt in 2025"));
        QCOMPARE(st.text(3), QStringLiteral("coordination"));
        QCOMPARE(st.text(4), m_f->store->operatorName());
        // The history as the review panel and the permit sheet read it: the same step.
        const QList<PermitStep> steps = PermitWorkflow::history(*m_f->store, p);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps[0].from, QStringLiteral("under_review"));
        QCOMPARE(steps[0].to, QStringLiteral("rejected"));
        QCOMPARE(steps[0].reason, QStringLiteral("road rebuilt in 2025"));
        QCOMPARE(steps[0].route, QStringLiteral("coordination"));
        QCOMPARE(steps[0].operatorName, m_f->store->operatorName());
        QVERIFY(!steps[0].time.isEmpty());
        QVERIFY(PermitWorkflow::history(*m_f->store, p + 1000).isEmpty());
    }

    void emergencyDigsFirstAndClosesOnceFiled()
    {
        QVERIFY(!PermitWorkflow::allowed(QStringLiteral("submitted"), QStringLiteral("works_started")));
        QVERIFY(PermitWorkflow::allowed(QStringLiteral("submitted"), QStringLiteral("works_started"), true));
        QVERIFY(
            !PermitWorkflow::allowed(QStringLiteral("under_review"), QStringLiteral("works_started"), true));
        const qint64 ordinary = m_f->permit(QStringLiteral("P0"), 300, 350, QStringLiteral("2026-11-20"),
                                            QStringLiteral("2026-11-22"), QStringLiteral("submitted"));
        QVERIFY_THROWS_EXCEPTION(
            RequestError, PermitWorkflow::advance(*m_f->store, ordinary, QStringLiteral("works_started"),
                                                  QStringLiteral("burst main"), QString(), m_today));
        const qint64 p = m_f->permit(QStringLiteral("E1"), 100, 150, QStringLiteral("2026-11-20"),
                                     QStringLiteral("2026-11-22"), QStringLiteral("submitted"));
        m_f->store->updateRow(QStringLiteral("permits"), p,
                              {{QStringLiteral("emergency"), 1},
                               {QStringLiteral("work_type"), QStringLiteral("emergency")},
                               {QStringLiteral("filing_deadline"), QStringLiteral("2026-11-23")}});
        PermitWorkflow::advance(*m_f->store, p, QStringLiteral("works_started"), QStringLiteral("burst main"),
                                QString(), m_today);
        PermitWorkflow::advance(*m_f->store, p, QStringLiteral("restored"), QString(), QString(), m_today);
        // Not filed: the case stays open.
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 PermitWorkflow::advance(*m_f->store, p, QStringLiteral("accepted"),
                                                         QString(), QString(), m_today));
        QCOMPARE(status(p), QStringLiteral("restored"));
        m_f->store->updateRow(QStringLiteral("permits"), p,
                              {{QStringLiteral("issued_date"), QStringLiteral("2026-11-22")}});
        PermitWorkflow::advance(*m_f->store, p, QStringLiteral("accepted"), QString(), QString(), m_today);
        QCOMPARE(status(p), QStringLiteral("accepted"));
        QCOMPARE(m_f->store->db().scalarText("SELECT reason FROM permit_history WHERE permit_id = " +
                                             QByteArray::number(p) + " AND to_status = 'works_started'"),
                 QStringLiteral("burst main"));
    }

    void passingPermitNeedsNoReason()
    {
        const qint64 p = m_f->permit(QStringLiteral("P1"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        PermitWorkflow::advance(*m_f->store, p, QStringLiteral("approved"), QString(),
                                QStringLiteral("online"), m_today);
        QCOMPARE(status(p), QStringLiteral("approved"));
    }
};

QTEST_GUILESS_MAIN(TestPermitWorkflow)
#include "tst_permit_workflow.moc"
