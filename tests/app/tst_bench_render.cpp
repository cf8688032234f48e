#include "tests/gis/render/tiny_district.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestBenchRender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    Run cli(const QStringList &arguments, int timeoutMs = 120000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(URBANOPS_CLI), arguments);
        Run run;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        tiny_district::create(m_dir.filePath(QStringLiteral("tiny.sqlite")));
        // The demo district at a hundredth of its components: its whole road network and grid, so that
        // every view the benchmark draws has something in it.
        const Run created = cli({QStringLiteral("demo"), QStringLiteral("create"),
                                 m_dir.filePath(QStringLiteral("demo-0.01.sqlite")),
                                 QStringLiteral("--scale"), QStringLiteral("0.01")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }

    void printsEveryFigure_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("tiny district") << m_dir.filePath(QStringLiteral("tiny.sqlite"));
        QTest::newRow("demo at scale 0.01") << m_dir.filePath(QStringLiteral("demo-0.01.sqlite"));
    }
    void printsEveryFigure()
    {
        QFETCH(QString, store);
        const Run run = cli({QStringLiteral("bench"), QStringLiteral("render"), store,
                             QStringLiteral("--runs"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        // One `name value` per line, every figure once, in this order.
        const QStringList names = {QStringLiteral("open_ms"),       QStringLiteral("first_full_ms"),
                                   QStringLiteral("full_ms"),       QStringLiteral("zoom_1km_ms"),
                                   QStringLiteral("street_500_ms"), QStringLiteral("identify_ms"),
                                   QStringLiteral("peak_mb")};
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), names.size());
        static const QRegularExpression figure(QStringLiteral("^([a-z_0-9]+) (\\d+(\\.\\d+)?)$"));
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QRegularExpressionMatch match = figure.match(lines[i]);
            QVERIFY2(match.hasMatch(), qPrintable(lines[i]));
            QCOMPARE(match.captured(1), names[i]);
        }
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("said");
        const QString tiny = m_dir.filePath(QStringLiteral("tiny.sqlite"));
        QTest::newRow("no runs") << QStringList{tiny, QStringLiteral("--runs"), QStringLiteral("0")} << 2
                                 << QStringLiteral("--runs");
        QTest::newRow("runs not a number")
            << QStringList{tiny, QStringLiteral("--runs"), QStringLiteral("many")} << 2
            << QStringLiteral("--runs");
        QTest::newRow("no such store") << QStringList{m_dir.filePath(QStringLiteral("absent.sqlite"))} << 1
                                       << QStringLiteral("absent.sqlite");
    }
    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, said);
        const Run run = cli(QStringList{QStringLiteral("bench"), QStringLiteral("render")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBenchRender)
#include "tst_bench_render.moc"
