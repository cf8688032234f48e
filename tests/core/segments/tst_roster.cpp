#include "core/segments/roster.h"
#include "core/segments/segment_check.h"
#include "core/segments/segment_queries.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "tests/core/segments/segment_district.h"

#include <QTemporaryDir>
#include <QTest>

using namespace uo;

// The roster on a real store: people are added, edited, deactivated and reactivated with an audit row
// each; deactivating a chief leaves their segments flagged for a new chief; role changes that would
// break an assignment are refused.
class TestRoster : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    segment_district::Ids m_ids;

    qint64 audits(const char *action)
    {
        return m_store->db().scalarInt(
            QByteArray("SELECT count(*) FROM audit_log WHERE table_name = 'people' AND "
                       "action = '") +
            action + "'");
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store =
            DistrictStore::create(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++n)), DistrictSettings());
        m_ids = segment_district::fill(*m_store);
    }

    void addAndEdit()
    {
        Roster roster(*m_store);
        const qint64 inserts = audits("insert"), updates = audits("update");
        Person p{0,
                 QStringLiteral(" 周杰 "),
                 QStringLiteral("municipal"),
                 QStringLiteral("市政一所"),
                 QString(),
                 QStringLiteral("13800000000"),
                 true};
        const qint64 id = roster.add(p);
        QCOMPARE(audits("insert"), inserts + 1);
        Person stored = roster.person(id);
        QCOMPARE(stored.name, QStringLiteral("周杰"));
        QCOMPARE(stored.unit, QStringLiteral("市政一所"));
        QVERIFY(stored.partyBranch.isEmpty());
        stored.partyBranch = QStringLiteral("市政第一党支部");
        stored.role = QStringLiteral("greening");
        roster.edit(stored);
        QCOMPARE(roster.person(id), stored);
        QCOMPARE(audits("update"), updates + 1);
        QVERIFY(roster.active(QStringLiteral("greening")).contains(stored));
        QCOMPARE(roster.people().size(), 8);
    }

    void addKeepsAGivenId()
    {
        Roster roster(*m_store);
        const qint64 id =
            roster.add({4242, QStringLiteral("周杰"), QStringLiteral("officer"), {}, {}, {}, true});
        QCOMPARE(id, qint64(4242));
        roster.remove(id);
        QVERIFY_THROWS_EXCEPTION(RequestError, roster.person(id));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("officer")
                                 << QStringLiteral("needs a name");
        QTest::newRow("no such role") << QStringLiteral("周杰") << QStringLiteral("driver")
                                      << QStringLiteral("\"driver\" is not a role");
    }
    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, expected);
        const qint64 people = m_store->count(QStringLiteral("people"));
        try {
            Roster(*m_store).add({0, name, role, {}, {}, {}, true});
            QFAIL("accepted");
        } catch (const RequestError &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
        QCOMPARE(m_store->count(QStringLiteral("people")), people);
    }

    void deactivatingAChiefFlagsTheirSegments()
    {
        Roster roster(*m_store);
        const SegmentCheckReport before = SegmentCheck::run(*m_store);
        QCOMPARE(roster.chairedSegments(m_ids.zhang), QList<qint64>{m_ids.a});
        QCOMPARE(roster.chairedCounts(), (QHash<qint64, int>{{m_ids.zhang, 1}, {m_ids.zhao, 1}}));
        QCOMPARE(roster.deactivate(m_ids.zhang), QList<qint64>{m_ids.a});
        QVERIFY(!roster.person(m_ids.zhang).active);
        QVERIFY(!roster.active(QStringLiteral("officer")).contains(roster.person(m_ids.zhang)));

        const SegmentCheckReport after = SegmentCheck::run(*m_store);
        QCOMPARE(after.needChief, before.needChief + 1);
        bool flagged = false;
        for (const SegmentFinding &f : after.findings)
            flagged = flagged || (f.segmentId == m_ids.a && !f.violation);
        QVERIFY(flagged);
        QList<qint64> unassigned;
        for (const SegmentSummary &s : SegmentQueries(*m_store).unassigned())
            unassigned.append(s.id);
        QCOMPARE(unassigned, (QList<qint64>{m_ids.a, m_ids.c}));
        // The chief stays on the segment, so that reactivating them undoes the flag.
        QCOMPARE(m_store->db().scalarInt("SELECT chief_id FROM road_segments WHERE id = " +
                                         QByteArray::number(m_ids.a)),
                 m_ids.zhang);

        roster.reactivate(m_ids.zhang);
        QCOMPARE(SegmentCheck::run(*m_store).needChief, before.needChief);
        QCOMPARE(audits("update"), qint64(2));
    }

    void deactivatingACollaboratorChairsNothing()
    {
        QVERIFY(Roster(*m_store).deactivate(m_ids.wang).isEmpty());
    }

    void roleChangesThatBreakAssignmentsAreRefused()
    {
        Roster roster(*m_store);
        Person chief = roster.person(m_ids.zhang);
        chief.role = QStringLiteral("sanitation");
        QVERIFY_THROWS_EXCEPTION(RequestError, roster.edit(chief));
        Person helper = roster.person(m_ids.wang);
        helper.role = QStringLiteral("officer");
        QVERIFY_THROWS_EXCEPTION(RequestError, roster.edit(helper));
        QCOMPARE(roster.person(m_ids.zhang).role, QStringLiteral("officer"));
        QCOMPARE(roster.person(m_ids.wang).role, QStringLiteral("greening"));
        // Someone without segments may change trade.
        Person free = roster.person(m_ids.liu);
        free.role = QStringLiteral("municipal");
        roster.edit(free);
        QCOMPARE(roster.person(m_ids.liu).role, QStringLiteral("municipal"));
    }

    void someoneWhoWorksSegmentsCannotBeRemoved()
    {
        QVERIFY_THROWS_EXCEPTION(RequestError, Roster(*m_store).remove(m_ids.zhang));
        QVERIFY_THROWS_EXCEPTION(RequestError, Roster(*m_store).remove(m_ids.wang));
        QVERIFY_THROWS_EXCEPTION(RequestError, Roster(*m_store).deactivate(9999));
    }

    void peopleAreInPinyinOrder()
    {
        // By code point 安 张 李 王; a Chinese reader looks them up as an, li, wang, zhang.
        QList<Person> people;
        qint64 id = 0;
        for (const char *name : {"王一", "张三", "李四", "安静"})
            people.append({++id, QString::fromUtf8(name), QStringLiteral("officer"), {}, {}, {}, true});
        Roster::sortByName(people);
        QStringList names;
        for (const Person &p : std::as_const(people))
            names.append(p.name);
        QCOMPARE(names, (QStringList{QStringLiteral("安静"), QStringLiteral("李四"), QStringLiteral("王一"),
                                     QStringLiteral("张三")}));
        // What the store lists comes in the same order.
        Roster roster(*m_store);
        const QList<Person> stored = roster.people();
        QList<Person> sorted = stored;
        Roster::sortByName(sorted);
        QCOMPARE(stored, sorted);
    }

    void loadsCountChairedAndCollaboratedSegments()
    {
        Roster roster(*m_store);
        const QHash<qint64, PersonLoad> loads = roster.loads();
        qint64 chaired = 0, helped = 0;
        double km = 0;
        for (const PersonLoad &load : loads) {
            chaired += load.chaired;
            helped += load.collaborations;
            km += load.chairedKm;
        }
        QCOMPARE(chaired,
                 m_store->db().scalarInt("SELECT count(*) FROM road_segments WHERE chief_id IS NOT NULL"));
        QCOMPARE(helped, m_store->db().scalarInt("SELECT count(*) FROM segment_collaborators"));
        QVERIFY(qAbs(km * 1000 -
                     m_store->db().scalarInt(
                         "SELECT round(sum(to_m - from_m)) FROM road_segments WHERE chief_id IS NOT NULL")) <
                1);
        QCOMPARE(Roster::loadText(PersonLoad{}), QStringLiteral("no segments"));
        QCOMPARE(Roster::loadText(PersonLoad{2, 1.26, 1}),
                 QStringLiteral("chief of 2 segment(s), 1.3 km, collaborator on 1 segment(s)"));
    }

    void roleTitles()
    {
        for (const QString &role : Roster::roles())
            QVERIFY(Roster::roleTitle(role) != role);
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
