#include "core/segments/segment_assignment.h"
#include "core/segments/segment_check.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "tests/core/segments/segment_district.h"

#include <QTemporaryDir>
#include <QTest>

using namespace uo;

// Chiefs, collaborators and Party branches given to many segments at once on a real store: the
// bureau's rules refuse the wrong people with a sentence naming them, a refused change leaves no trace,
// an applied one is audited per segment, and restoring the returned state gives back exactly the store.
class TestSegmentAssignment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    segment_district::Ids m_ids;

    // Every assignment of every segment, read with plain SQL rather than the code under test.
    QString state()
    {
        QString out;
        auto st = m_store->db().prepare(
            "SELECT id, coalesce(chief_id, 0), coalesce(party_unit_id, 0), (SELECT group_concat(person_id, "
            "'+') FROM "
            "(SELECT person_id FROM segment_collaborators WHERE segment_id = s.id ORDER BY person_id)) "
            "FROM road_segments s ORDER BY id");
        while (st.step())
            out += QStringLiteral("%1:%2:%3:%4;")
                       .arg(st.int64(0))
                       .arg(st.int64(1))
                       .arg(st.int64(2))
                       .arg(st.text(3));
        return out;
    }
    qint64 segmentAudits()
    {
        return m_store->db().scalarInt("SELECT count(*) FROM audit_log WHERE table_name = 'road_segments' "
                                       "AND action = 'update'");
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store =
            DistrictStore::create(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++n)), DistrictSettings());
        m_ids = segment_district::fill(*m_store);
    }

    void manySegmentsAtOnce()
    {
        SegmentAssignments assignments(*m_store);
        const QList<qint64> all{m_ids.a, m_ids.b, m_ids.c};
        const QList<SegmentAssignment> read = assignments.read(all);
        const qint64 audits = segmentAudits();
        AssignmentChange change;
        change.chiefId = m_ids.zhao;
        change.partyUnitId = m_ids.branch2;
        change.addCollaborators = {m_ids.liu, m_ids.chen};
        const QList<SegmentAssignment> before = assignments.assign(all, change);
        QCOMPARE(before, read);
        for (const SegmentAssignment &a : assignments.read(all)) {
            QCOMPARE(a.chiefId, m_ids.zhao);
            QCOMPARE(a.partyUnitId, m_ids.branch2);
            QVERIFY(a.collaborators.contains(m_ids.liu) && a.collaborators.contains(m_ids.chen));
            QVERIFY(std::is_sorted(a.collaborators.cbegin(), a.collaborators.cend()));
        }
        // A keeps Wang, whom the change did not mention.
        QCOMPARE(assignments.read({m_ids.a}).first().collaborators.size(), 3);
        QCOMPARE(segmentAudits(), audits + 3);
        auto audit = m_store->db().prepare("SELECT old_values, new_values FROM audit_log WHERE table_name = "
                                           "'road_segments' AND row_id = ? ORDER BY id DESC LIMIT 1");
        audit.bind(1, m_ids.c);
        QVERIFY(audit.step());
        QVERIFY2(audit.text(0).contains(QStringLiteral("\"chief_id\":null")), qPrintable(audit.text(0)));
        QVERIFY2(audit.text(1).contains(QStringLiteral("\"chief_id\":%1").arg(m_ids.zhao)),
                 qPrintable(audit.text(1)));
    }

    void undoRestoresExactly()
    {
        SegmentAssignments assignments(*m_store);
        const QString original = state();
        AssignmentChange change;
        change.chiefId = m_ids.zhang;
        change.partyUnitId = 0;
        change.addCollaborators = {m_ids.chen};
        change.removeCollaborators = {m_ids.wang};
        const QList<SegmentAssignment> before =
            assignments.assign({m_ids.c, m_ids.a, m_ids.b, m_ids.a}, change);
        QCOMPARE(before.size(), 3); // A once, though listed twice
        QVERIFY(state() != original);
        const QString changed = state();
        const QList<SegmentAssignment> after = assignments.read({m_ids.c, m_ids.a, m_ids.b});
        assignments.restore(before);
        QCOMPARE(state(), original);
        assignments.restore(after); // the redo
        QCOMPARE(state(), changed);
    }

    void unsetFieldsAreKept()
    {
        SegmentAssignments assignments(*m_store);
        AssignmentChange change;
        change.partyUnitId = m_ids.branch2;
        assignments.assign({m_ids.a, m_ids.c}, change);
        const QList<SegmentAssignment> now = assignments.read({m_ids.a, m_ids.c});
        QCOMPARE(now[0].chiefId, m_ids.zhang);
        QCOMPARE(now[0].collaborators, QList<qint64>{m_ids.wang});
        QCOMPARE(now[1].chiefId, qint64(0));
        QCOMPARE(now[1].partyUnitId, m_ids.branch2);
    }

    void clearingAChiefFlagsTheSegment()
    {
        SegmentAssignments assignments(*m_store);
        const int flagged = SegmentCheck::run(*m_store).needChief;
        AssignmentChange change;
        change.chiefId = 0;
        assignments.assign({m_ids.a}, change);
        QCOMPARE(m_store->db().scalarInt("SELECT chief_id IS NULL FROM road_segments WHERE id = " +
                                         QByteArray::number(m_ids.a)),
                 qint64(1));
        QCOMPARE(SegmentCheck::run(*m_store).needChief, flagged + 1);
    }

    void anUnchangedSegmentIsNotAudited()
    {
        SegmentAssignments assignments(*m_store);
        const qint64 audits = segmentAudits();
        AssignmentChange change;
        change.chiefId = m_ids.zhang;
        assignments.assign({m_ids.a}, change);
        QCOMPARE(segmentAudits(), audits);
    }

    void restoreBringsBackAnInactiveChief()
    {
        // Undo must put back what was there, even a chief deactivated since.
        SegmentAssignments assignments(*m_store);
        QList<SegmentAssignment> state = assignments.read({m_ids.b});
        state[0].chiefId = m_ids.li;
        assignments.restore(state);
        QCOMPARE(assignments.read({m_ids.b}).first().chiefId, m_ids.li);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("expected");
        QTest::newRow("greening staff as chief")
            << QStringLiteral("chief:wang") << QStringLiteral("王芳 cannot be a segment chief");
        QTest::newRow("inactive officer as chief")
            << QStringLiteral("chief:li") << QStringLiteral("李强 is no longer active");
        QTest::newRow("unknown chief") << QStringLiteral("chief:9999") << QStringLiteral("no person 9999");
        QTest::newRow("officer as collaborator")
            << QStringLiteral("add:zhao") << QStringLiteral("赵敏 is a city-management officer");
        QTest::newRow("inactive collaborator")
            << QStringLiteral("add:sun") << QStringLiteral("孙丽 is no longer active");
        QTest::newRow("added and removed")
            << QStringLiteral("both:chen") << QStringLiteral("added to and taken off");
        QTest::newRow("company as Party branch")
            << QStringLiteral("unit:company") << QStringLiteral("江北市政公司 is not a Party branch");
        QTest::newRow("unknown unit") << QStringLiteral("unit:9999") << QStringLiteral("no unit 9999");
        QTest::newRow("unknown segment")
            << QStringLiteral("segment:9999") << QStringLiteral("no segment 9999");
    }
    void refusals()
    {
        QFETCH(QString, who);
        QFETCH(QString, expected);
        const QString field = who.section(QLatin1Char(':'), 0, 0), name = who.section(QLatin1Char(':'), 1);
        const QHash<QString, qint64> byName{
            {QStringLiteral("wang"), m_ids.wang}, {QStringLiteral("li"), m_ids.li},
            {QStringLiteral("zhao"), m_ids.zhao}, {QStringLiteral("sun"), m_ids.sun},
            {QStringLiteral("chen"), m_ids.chen}, {QStringLiteral("company"), m_ids.company}};
        const qint64 id = byName.value(name, name.toLongLong());
        AssignmentChange change;
        // A good part first: it must not be applied either.
        change.partyUnitId = m_ids.branch2;
        QList<qint64> segments{m_ids.a, m_ids.b};
        if (field == QLatin1String("chief"))
            change.chiefId = id;
        else if (field == QLatin1String("add"))
            change.addCollaborators = {id};
        else if (field == QLatin1String("both"))
            change.addCollaborators = change.removeCollaborators = {id};
        else if (field == QLatin1String("unit"))
            change.partyUnitId = id;
        else
            segments.append(id);
        const QString before = state();
        const qint64 audits = m_store->db().scalarInt("SELECT count(*) FROM audit_log");
        try {
            SegmentAssignments(*m_store).assign(segments, change);
            QFAIL("the change was accepted");
        } catch (const RequestError &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
        QCOMPARE(state(), before);
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM audit_log"), audits);
    }
};

QTEST_GUILESS_MAIN(TestSegmentAssignment)
#include "tst_segment_assignment.moc"
