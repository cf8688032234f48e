#include "core/csv/csv.h"
#include "core/segments/assignment_csv.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <QTemporaryDir>
#include <QTest>

using namespace uo;

// Assignments out to a spreadsheet and back: a round trip changes nothing, an edited sheet changes
// exactly what was edited, and each kind of bad row is named by its line while the store stays as it was.
class TestAssignmentCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    qint64 m_officer = 0, m_retired = 0, m_greener = 0, m_branch = 0, m_company = 0;
    QList<qint64> m_segments;

    qint64 person(const char *name, const char *role, bool active = true)
    {
        return m_store->insertRow(QStringLiteral("people"),
                                  {{QStringLiteral("name"), QString::fromUtf8(name)},
                                   {QStringLiteral("role"), QLatin1String(role)},
                                   {QStringLiteral("active"), active ? 1 : 0}});
    }
    QString state()
    {
        QString out;
        auto st = m_store->db().prepare(
            "SELECT id, coalesce(chief_id, 0), coalesce(party_unit_id, 0), "
            "(SELECT group_concat(person_id) FROM segment_collaborators WHERE segment_id = s.id) "
            "FROM road_segments s ORDER BY id");
        while (st.step())
            out += QStringLiteral("%1:%2:%3:%4;")
                       .arg(st.int64(0))
                       .arg(st.int64(1))
                       .arg(st.int64(2))
                       .arg(st.text(3));
        return out;
    }
    QByteArray sheet(const QList<QStringList> &rows)
    {
        QList<QStringList> all{AssignmentCsv::header()};
        all.append(rows);
        return csv::write(all);
    }
    QStringList row(qint64 segment, const QString &chief, const QString &collaborators, const QString &unit)
    {
        return {QString::number(segment),
                QStringLiteral("路"),
                QStringLiteral("段, 含逗号"),
                QStringLiteral("0"),
                QStringLiteral("100"),
                chief,
                QString(),
                collaborators,
                QString(),
                unit,
                QString()};
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store =
            DistrictStore::create(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++n)), DistrictSettings());
        const QByteArray line =
            geometry_blob::encode(Geometry::lineString(4545, {{370000, 3278000}, {370300, 3278000}}));
        const qint64 road =
            m_store->insertRow(QStringLiteral("roads"), {{QStringLiteral("code"), QStringLiteral("R1")},
                                                         {QStringLiteral("name"), QStringLiteral("建新北路")},
                                                         {QStringLiteral("grade"), QStringLiteral("main")},
                                                         {QStringLiteral("geom"), line}});
        m_officer = person("张伟", "officer");
        m_retired = person("李强", "officer", false);
        m_greener = person("王芳", "greening");
        m_branch = m_store->insertRow(QStringLiteral("entities"),
                                      {{QStringLiteral("code"), QStringLiteral("E1")},
                                       {QStringLiteral("name"), QStringLiteral("第一党支部")},
                                       {QStringLiteral("kind"), QStringLiteral("party_branch")}});
        m_company = m_store->insertRow(QStringLiteral("entities"),
                                       {{QStringLiteral("code"), QStringLiteral("E2")},
                                        {QStringLiteral("name"), QStringLiteral("某公司")},
                                        {QStringLiteral("kind"), QStringLiteral("company")}});
        m_segments.clear();
        for (int i = 0; i < 3; ++i)
            m_segments.append(m_store->insertRow(
                QStringLiteral("road_segments"),
                {{QStringLiteral("road_id"), road},
                 {QStringLiteral("from_m"), i * 100.0},
                 {QStringLiteral("to_m"), i * 100.0 + 100},
                 {QStringLiteral("name"), QStringLiteral("段")},
                 {QStringLiteral("chief_id"), i == 0 ? QVariant(m_officer) : QVariant()}}));
    }

    void roundTripChangesNothing()
    {
        const QString before = state();
        const QByteArray exported = AssignmentCsv::exportAll(*m_store);
        QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
        QVERIFY(exported.contains("建新北路"));
        const auto result = AssignmentCsv::import(*m_store, exported);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.rows, 3);
        QCOMPARE(result.changed, 0);
        QCOMPARE(state(), before);
    }

    void importAppliesEdits()
    {
        const QByteArray data = sheet({row(m_segments[1], QString::number(m_officer),
                                           QString::number(m_greener), QString::number(m_branch))});
        const auto result = AssignmentCsv::import(*m_store, data);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.changed, 1);
        QCOMPARE(m_store->db().scalarInt("SELECT chief_id FROM road_segments WHERE id = " +
                                         QByteArray::number(m_segments[1])),
                 m_officer);
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM segment_collaborators"), qint64(1));
        QCOMPARE(
            m_store->db().scalarInt(
                "SELECT count(*) FROM audit_log WHERE action = 'import' AND table_name = 'road_segments'"),
            qint64(1));
    }

    void badRowsAreNamedAndNothingChanges_data()
    {
        QTest::addColumn<QStringList>("bad");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown segment") << row(9999, {}, {}, {}) << QStringLiteral("no segment 9999");
        QTest::newRow("unknown chief")
            << row(0, QStringLiteral("777"), {}, {}) << QStringLiteral("no person 777");
        QTest::newRow("chief not an officer")
            << row(0, QStringLiteral("G"), {}, {}) << QStringLiteral("not a city-management officer");
        QTest::newRow("inactive chief")
            << row(0, QStringLiteral("R"), {}, {}) << QStringLiteral("no longer active");
        QTest::newRow("officer as collaborator")
            << row(0, {}, QStringLiteral("O"), {}) << QStringLiteral("is an officer");
        QTest::newRow("unit not a Party branch")
            << row(0, {}, {}, QStringLiteral("C")) << QStringLiteral("not a Party branch");
        QTest::newRow("not a number")
            << row(0, QStringLiteral("abc"), {}, {}) << QStringLiteral("is not an id");
        QTest::newRow("too few columns")
            << QStringList{QStringLiteral("1"), QStringLiteral("x")} << QStringLiteral("expected 11 columns");
    }
    void badRowsAreNamedAndNothingChanges()
    {
        QFETCH(QStringList, bad);
        QFETCH(QString, expected);
        // Placeholders for ids only known once the store exists.
        for (QString &field : bad) {
            if (field == QLatin1String("G"))
                field = QString::number(m_greener);
            else if (field == QLatin1String("R"))
                field = QString::number(m_retired);
            else if (field == QLatin1String("O"))
                field = QString::number(m_officer);
            else if (field == QLatin1String("C"))
                field = QString::number(m_company);
        }
        if (bad.size() == 11 && bad[0] == QLatin1String("0"))
            bad[0] = QString::number(m_segments[2]);
        const QString before = state();
        const qint64 audits = m_store->db().scalarInt("SELECT count(*) FROM audit_log");
        // A good row first: it must not be applied either.
        const QByteArray data = sheet({row(m_segments[1], QString::number(m_officer), {}, {}), bad});
        const auto result = AssignmentCsv::import(*m_store, data);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors[0].startsWith(QStringLiteral("line 3:")), qPrintable(result.errors[0]));
        QVERIFY2(result.errors[0].contains(expected), qPrintable(result.errors[0]));
        QCOMPARE(state(), before);
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM audit_log"), audits);
    }

    void duplicateSegmentAndBadHeader()
    {
        const auto twice = AssignmentCsv::import(
            *m_store, sheet({row(m_segments[0], {}, {}, {}), row(m_segments[0], {}, {}, {})}));
        QCOMPARE(twice.errors.size(), 1);
        QVERIFY(twice.errors[0].contains(QStringLiteral("appears twice")));
        const auto header = AssignmentCsv::import(*m_store, QByteArray("a,b,c\n1,2,3\n"));
        QCOMPARE(header.errors.size(), 1);
        QVERIFY(header.errors[0].startsWith(QStringLiteral("line 1:")));
        const auto quote = AssignmentCsv::import(*m_store, QByteArray("segment_id,\"open\n"));
        QCOMPARE(quote.errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAssignmentCsv)
#include "tst_assignment_csv.moc"
