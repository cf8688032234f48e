// New rows on a server district take their ids (and a case its number) from the server, with real
// processes as the workstations: while one workstation's split (or new case) is written but not yet
// committed, another's goes ahead on a different road (or place). With ids and numbers counted as the
// highest + 1 both counted the same: the second split waited for the first's commit and then wrote its
// new piece over the first one's (the segment write is an upsert), taking it to the other road and
// leaving a gap in the first; the second case failed on its duplicate number. Now both are stored, both
// roads keep their segment rules, and ids and case numbers differ. Checks read the server through plain
// libpq.

#include "core/cases/event_classes.h"
#include "core/segments/segment_coverage.h"
#include "core/segments/segment_editor.h"
#include "core/server/server_district.h"
#include "core/server/server_roles.h"
#include "core/server/server_url.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/new_rows.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"
#include "tests/core/server/workstation_child.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using uo::Layer;
using uo::server::Role;
using namespace uo::test;

namespace {

// The words after `word` on the line of a child's output that starts with it ("split 7" → {"7"}).
QByteArrayList wordsAfter(const QByteArray &out, const QByteArray &word)
{
    for (const QByteArray &line : out.split('\n')) {
        QByteArrayList words = line.trimmed().split(' ');
        if (words.size() > 1 && words.takeFirst() == word)
            return words;
    }
    return {};
}

} // namespace

class TestServerNewRowIds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        const QString file = m_dir.filePath(QStringLiteral("district.sqlite"));
        const uo::test::TestDistrict district = uo::test::makeTestDistrict(file);
        {
            auto store = uo::DistrictStore::open(file);
            m_firstSegment = district.segment;
            // A second road 600 m north of the first, one segment end to end, as the first has.
            const QByteArray line = uo::geometry_blob::encode(
                uo::Geometry::lineString(4545, {{PermitFixture::kX, PermitFixture::kY + 600},
                                                {PermitFixture::kX + 1000, PermitFixture::kY + 600}}));
            m_roads = {store->readRow(uo::tableOf(Layer::RoadSegments), m_firstSegment)
                           .value(QStringLiteral("road_id"))
                           .toLongLong(),
                       store->insertRow(uo::tableOf(Layer::Roads),
                                        {{QStringLiteral("code"), QStringLiteral("R2")},
                                         {QStringLiteral("name"), QStringLiteral("北城天街")},
                                         {QStringLiteral("grade"), QStringLiteral("main")},
                                         {QStringLiteral("geom"), line}})};
            m_secondSegment = store->insertRow(uo::tableOf(Layer::RoadSegments),
                                               {{QStringLiteral("road_id"), m_roads[1]},
                                                {QStringLiteral("from_m"), 0.0},
                                                {QStringLiteral("to_m"), 1000.0},
                                                {QStringLiteral("name"), QStringLiteral("北城天街全段")},
                                                {QStringLiteral("chief_id"), district.chief},
                                                {QStringLiteral("geom"), line}});
            m_class = uo::EventClasses::minorClasses(*store).first().code;
        }
        m_district = TestDatabase::name("ids");
        const QString url = uo::test::publishCopy(*m_db, file, "ids");
        m_ownerUrl = url;
        auto server = uo::server::ServerDistrict::open(uo::server::ServerUrl::parse(url));
        // Logins of the roles that do each thing: administrators lay out segments, an editor and a chief
        // report cases (the chief on their own segments).
        const auto add = [&](const char *stem, Role role, std::optional<qint64> person) {
            const QString login = TestDatabase::name(stem);
            uo::server::ServerRoles::addUser(*server, login, role, person, QStringLiteral("pw"));
            return m_db->url(m_district, login, QStringLiteral("pw"));
        };
        m_adminUrls = {add("admin_a", Role::Admin, std::nullopt), add("admin_b", Role::Admin, std::nullopt)};
        m_editorUrl = add("editor", Role::Editor, std::nullopt);
        m_chiefUrl = add("chief", Role::Chief, district.chief);
    }
    void cleanupTestCase() { m_db.reset(); }

    // Ids taken on a server are the id column's sequence's: above every row, never the same twice, and
    // a row written with one is stored under it.
    void idsComeFromTheSequence()
    {
        auto store = uo::DistrictStore::open(m_adminUrls[0]);
        const qint64 highest = value("SELECT max(id) FROM road_segments").toLongLong();
        QList<qint64> ids;
        {
            auto tx = store->transaction();
            ids = uo::NewRows::ids(*store, Layer::RoadSegments, 3);
            ids += uo::NewRows::ids(*store, Layer::RoadSegments, 1);
        } // rolled back: a sequence hands out what it gave all the same, so the ids stay gaps
        QCOMPARE(ids.size(), 4);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QVERIFY2(ids[i] > highest, qPrintable(QString::number(ids[i])));
            QCOMPARE(ids.count(ids[i]), 1);
        }
        const QList<qint64> later = uo::NewRows::ids(*store, Layer::RoadSegments, 1);
        QVERIFY(!ids.contains(later.value(0)));
    }

    void concurrentSplitsOfTwoRoadsBothSucceed()
    {
        // A splits the first road and keeps its transaction open; B splits the second meanwhile.
        const Said said = alongsideHeld(
            kSplitChild, {m_adminUrls[0], QString::number(m_firstSegment), QStringLiteral("500")},
            {m_adminUrls[1], QString::number(m_secondSegment), QStringLiteral("400")}, "split");
        QVERIFY2(said.failure.isEmpty(), said.failure.constData());
        const qint64 idA = said.first.value(0).toLongLong(), idB = said.second.value(0).toLongLong();
        QVERIFY(idA > 0 && idB > 0);
        QVERIFY(idA != idB);
        // Both roads are covered end to end, each by its two pieces, the new ones under their ids.
        auto store = uo::DistrictStore::open(m_ownerUrl);
        uo::SegmentEditor editor(*store);
        const QList<qint64> created{idA, idB};
        for (int i = 0; i < 2; ++i) {
            const uo::RoadSegments road = editor.read(m_roads[i]);
            QCOMPARE(road.segments.size(), 2);
            QCOMPARE(road.segments[1].id, created[i]);
            QList<uo::SegmentSpan> spans;
            for (const uo::SegmentRecord &s : road.segments)
                spans.append({s.id, s.from, s.to});
            const QList<uo::CoverageProblem> problems = uo::SegmentCoverage::check(1000.0, spans);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).describe()));
        }
    }

    void concurrentNewCasesAreBothStored()
    {
        const qint64 before = value("SELECT count(*) FROM cases").toLongLong();
        // The editor takes a case in and keeps its transaction open; the chief reports one on their own
        // segment meanwhile, through the same intake.
        const Said said = alongsideHeld(
            kCaseChild, {m_editorUrl, m_class, QStringLiteral("370700"), QStringLiteral("3278900")},
            {m_chiefUrl, m_class, QStringLiteral("370300"), QStringLiteral("3278010")}, "case");
        QVERIFY2(said.failure.isEmpty(), said.failure.constData());
        const qint64 idA = said.first.value(0).toLongLong(), idB = said.second.value(0).toLongLong();
        QVERIFY(idA > 0 && idB > 0);
        QVERIFY(idA != idB);
        const QByteArray numberA = said.first.value(1), numberB = said.second.value(1);
        QVERIFY2(!numberA.isEmpty() && numberA != numberB, QByteArray(numberA + " / " + numberB).constData());
        QCOMPARE(value("SELECT count(*) FROM cases").toLongLong(), before + 2);
        // Each with the first line of its history, under its own id.
        QCOMPARE(value("SELECT count(*) FROM case_history WHERE to_state = 'collected' AND case_id IN (" +
                       QByteArray::number(idA) + ", " + QByteArray::number(idB) + ")"),
                 QStringLiteral("2"));
    }

private:
    struct Said
    {
        QByteArrayList first, second; // what each child said after its word
        QByteArray failure;           // the output of a child that failed
    };
    // Runs `program` twice as two workstations: the first with --hold, which does its work and keeps its
    // transaction open; the second meanwhile, until it waits on a lock of the first's or is done; then
    // the first commits and both are read to the end.
    Said alongsideHeld(const QString &program, QStringList first, const QStringList &second,
                       const QByteArray &word) const
    {
        QProcess a, b;
        first << QStringLiteral("--hold");
        const QByteArray held = startUntil(a, program, first, "holding");
        if (held.isEmpty())
            return {{}, {}, QByteArray("the first child did not hold: " + a.readAllStandardError())};
        b.setProcessChannelMode(QProcess::SeparateChannels);
        b.start(program, second);
        if (!waitUntil([&] { return b.state() == QProcess::NotRunning || lockWaits(*m_db) > 0; }))
            return {{}, {}, "the second child neither waited nor ended"};
        tell(a);
        int codeA = 0, codeB = 0;
        const QByteArray outA = held + finish(a, &codeA), outB = finish(b, &codeB);
        if (codeA != 0 || codeB != 0)
            return {{}, {}, QByteArray("first: " + outA + "\nsecond: " + outB)};
        return {wordsAfter(outA, word), wordsAfter(outB, word), {}};
    }
    QString value(const QByteArray &sql) const
    {
        TestDatabase::run(m_db->admin(), QStringLiteral("SET search_path = %1, public").arg(m_district));
        return m_db->value(QString::fromUtf8(sql));
    }

    const QString kSplitChild = QStringLiteral(SEGMENT_SPLIT_CHILD);
    const QString kCaseChild = QStringLiteral(CASE_INTAKE_CHILD);
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    QString m_district, m_ownerUrl, m_editorUrl, m_chiefUrl, m_class;
    QStringList m_adminUrls;
    QList<qint64> m_roads;
    qint64 m_firstSegment = 0, m_secondSegment = 0;
};

QTEST_GUILESS_MAIN(TestServerNewRowIds)
#include "tst_server_new_row_ids.moc"
