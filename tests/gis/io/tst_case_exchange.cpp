#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "gis/demo/demo_builder.h"
#include "gis/io/case_exchange.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <gdal.h>

using namespace uo;

// `cases export` and `cases import` (issue #15): what goes out comes back in whole, with its places
// worked out and a history that says where each case came in; a file with one case the district cannot
// take changes nothing.
class TestCaseExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source; // a small demo district with a year of cases

    static qint64 count(DistrictStore &store, const char *sql) { return store.db().scalarInt(sql); }

    // The exported CSV with every case number made new (so that the cases can go into their own district
    // again) and, when `row` > 0, that row's class set to `classCode`.
    QString rewritten(const QString &csv, const QString &name, int row = 0, const QString &classCode = {})
    {
        QFile in(csv);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = in.readAll().split('\n');
        const QList<QByteArray> header = lines.value(0).split(',');
        const qsizetype numberAt = header.indexOf("case_no"), classAt = header.indexOf("class_code");
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].isEmpty())
                continue;
            // The WKT comes first and is quoted with its commas; the columns after it are plain.
            const qsizetype wktEnd = lines[i].indexOf("\",") + 2;
            QList<QByteArray> fields = lines[i].mid(wktEnd).split(',');
            fields[numberAt - 1] += "-B";
            if (i == row)
                fields[classAt - 1] = classCode.toUtf8();
            lines[i] = lines[i].left(wktEnd) + fields.join(',');
        }
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(lines.join('\n'));
        return path;
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.scale = 0.008;
        demo::DemoBuilder::build(m_source, options);
    }

    void roundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.sqlite"));
        QVERIFY(QFile::copy(m_source, path));
        auto store = DistrictStore::open(path);
        const qint64 before = count(*store, "SELECT count(*) FROM cases");
        QVERIFY(before > 100);
        const QString csv = m_dir.filePath(QStringLiteral("cases.csv"));
        QCOMPARE(CaseExchange::exportTo(*store, csv), before);
        const QString again = rewritten(csv, QStringLiteral("again.csv"));
        QVERIFY(!again.isEmpty());

        const CaseExchange::Result result = CaseExchange::import(*store, again);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
        QCOMPARE(result.report.imported, before);
        QCOMPARE(count(*store, "SELECT count(*) FROM cases"), 2 * before);
        // The copies stand where the originals stand, so their places come out the same.
        QCOMPARE(count(*store,
                       "SELECT count(*) FROM cases c JOIN cases o ON o.case_no || '-B' = c.case_no "
                       "WHERE c.street_code IS o.street_code AND c.community_code IS o.community_code "
                       "AND c.class_code = o.class_code AND c.state = o.state"),
                 before);
        // Each came in "collected", and stepped on to its state when it was further along.
        QCOMPARE(count(*store, "SELECT count(DISTINCT h.case_id) FROM case_history h JOIN cases c ON c.id = "
                               "h.case_id WHERE c.case_no LIKE '%-B' AND h.to_state = 'collected'"),
                 before);
        QCOMPARE(
            count(*store, "SELECT count(*) FROM case_history h JOIN cases c ON c.id = h.case_id WHERE "
                          "c.case_no LIKE '%-B' AND h.from_state = 'collected' AND h.to_state = c.state"),
            count(*store, "SELECT count(*) FROM cases WHERE case_no LIKE '%-B' AND state != 'collected'"));
    }

    void oneBadCaseChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.sqlite"));
        QVERIFY(QFile::copy(m_source, path));
        auto store = DistrictStore::open(path);
        const qint64 cases = count(*store, "SELECT count(*) FROM cases");
        const qint64 steps = count(*store, "SELECT count(*) FROM case_history");
        const QString csv = m_dir.filePath(QStringLiteral("refused.csv"));
        QCOMPARE(CaseExchange::exportTo(*store, csv), cases);
        // A major class is in the catalogue but is no class a case can have.
        const QString major =
            store->db().scalarText("SELECT code FROM event_classes WHERE major IS NULL LIMIT 1");
        const QString bad = rewritten(csv, QStringLiteral("bad.csv"), 5, major);

        const CaseExchange::Result result = CaseExchange::import(*store, bad);
        QCOMPARE(result.report.imported, 0);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().contains(QStringLiteral("feature 5")) &&
                     result.problems.first().contains(major),
                 qPrintable(result.problems.first()));
        QCOMPARE(count(*store, "SELECT count(*) FROM cases"), cases);
        QCOMPARE(count(*store, "SELECT count(*) FROM case_history"), steps);
    }
};

QTEST_GUILESS_MAIN(TestCaseExchange)
#include "tst_case_exchange.moc"
