#include "core/segments/segment_coverage.h"

#include <QTest>

using namespace uo;
using Kinds = QList<int>;
Q_DECLARE_METATYPE(uo::SegmentSpan)

class TestSegmentCoverage : public QObject
{
    Q_OBJECT

private slots:
    void problems_data()
    {
        QTest::addColumn<double>("length");
        QTest::addColumn<QList<SegmentSpan>>("spans");
        QTest::addColumn<Kinds>("expected");
        const double L = 1000;
        QTest::newRow("one segment, whole road") << L << QList<SegmentSpan>{{1, 0, L}} << Kinds{};
        QTest::newRow("three in order")
            << L << QList<SegmentSpan>{{1, 0, 300}, {2, 300, 650}, {3, 650, L}} << Kinds{};
        QTest::newRow("out of order is fine")
            << L << QList<SegmentSpan>{{3, 650, L}, {1, 0, 300}, {2, 300, 650}} << Kinds{};
        QTest::newRow("within 1 cm") << L << QList<SegmentSpan>{{1, 0.009, 300}, {2, 300.009, L - 0.009}}
                                     << Kinds{};
        QTest::newRow("no segments") << L << QList<SegmentSpan>{} << Kinds{CoverageProblem::NoSegments};
        QTest::newRow("gap at start")
            << L << QList<SegmentSpan>{{1, 0.02, L}} << Kinds{CoverageProblem::GapAtStart};
        QTest::newRow("gap of 2 cm") << L << QList<SegmentSpan>{{1, 0, 300}, {2, 300.02, L}}
                                     << Kinds{CoverageProblem::Gap};
        QTest::newRow("overlap of 2 cm")
            << L << QList<SegmentSpan>{{1, 0, 300}, {2, 299.98, L}} << Kinds{CoverageProblem::Overlap};
        QTest::newRow("gap at end") << L << QList<SegmentSpan>{{1, 0, 999.98}}
                                    << Kinds{CoverageProblem::GapAtEnd};
        QTest::newRow("past the end")
            << L << QList<SegmentSpan>{{1, 0, 1000.5}} << Kinds{CoverageProblem::BeyondEnd};
        QTest::newRow("empty segment") << L << QList<SegmentSpan>{{1, 0, 500}, {2, 500, 500}, {3, 500, L}}
                                       << Kinds{CoverageProblem::Empty};
        QTest::newRow("contained duplicate")
            << L << QList<SegmentSpan>{{1, 0, L}, {2, 100, 200}} << Kinds{CoverageProblem::Overlap};
        QTest::newRow("gap and overlap") << L << QList<SegmentSpan>{{1, 0, 300}, {2, 350, 600}, {3, 550, L}}
                                         << Kinds{CoverageProblem::Gap, CoverageProblem::Overlap};
    }
    void problems()
    {
        QFETCH(double, length);
        QFETCH(QList<SegmentSpan>, spans);
        QFETCH(Kinds, expected);
        Kinds kinds;
        for (const CoverageProblem &p : SegmentCoverage::check(length, spans)) {
            kinds.append(p.kind);
            QVERIFY(!p.describe().isEmpty());
        }
        QCOMPARE(kinds, expected);
    }

    void gapReportsWhere()
    {
        const auto problems = SegmentCoverage::check(1000, {{1, 0, 300}, {7, 320, 1000}});
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].segment, qint64(7));
        QCOMPARE(problems[0].from, 300.0);
        QCOMPARE(problems[0].to, 320.0);
    }
};

QTEST_GUILESS_MAIN(TestSegmentCoverage)
#include "tst_segment_coverage.moc"
