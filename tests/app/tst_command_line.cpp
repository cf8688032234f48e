// The command line as a script or a person uses it: the real urbanops-cli, its exit codes and messages.
#include "tests/gis/render/tiny_district.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(URBANOPS_CLI), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
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
        m_store = m_dir.filePath(QStringLiteral("tiny.sqlite"));
        tiny_district::create(m_store);
    }

    // Exit code 2 and the command's usage for a command line it cannot use; 1 with one line naming the
    // cause when the work itself fails; 0 when done.
    void exitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("saysOnErr"); // %1 is the tiny store, %2 the temporary folder

        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("usage: urbanops-cli COMMAND");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("segments check DB");
        QTest::newRow("missing argument")
            << QStringList{QStringLiteral("info")} << 2 << QStringLiteral("usage: urbanops-cli info DB");
        QTest::newRow("one argument too many")
            << QStringList{QStringLiteral("info"), QStringLiteral("%1"), QStringLiteral("extra")} << 2
            << QStringLiteral("expected 1 arguments, got 2");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("segments"), QStringLiteral("check"),
                                                       QStringLiteral("%1"), QStringLiteral("--fast")}
                                        << 2 << QStringLiteral("Unknown option 'fast'");
        QTest::newRow("option without its value")
            << QStringList{QStringLiteral("bench"), QStringLiteral("render"), QStringLiteral("%1"),
                           QStringLiteral("--runs")}
            << 2 << QStringLiteral("Missing value after '--runs'");
        QTest::newRow("number that is not one")
            << QStringList{QStringLiteral("segments"), QStringLiteral("propose"), QStringLiteral("%1"),
                           QStringLiteral("--max-length"), QStringLiteral("long")}
            << 2 << QStringLiteral("--max-length takes a number, not \"long\"");
        QTest::newRow("number below its minimum")
            << QStringList{QStringLiteral("bench"), QStringLiteral("render"), QStringLiteral("%1"),
                           QStringLiteral("--runs=0")}
            << 2 << QStringLiteral("--runs takes a whole number of at least 1");
        QTest::newRow("report without a file")
            << QStringList{QStringLiteral("report"), QStringLiteral("risks"), QStringLiteral("%1")} << 2
            << QStringLiteral("--out must name a .pdf or .png file");
        QTest::newRow("bad coordinate system")
            << QStringList{QStringLiteral("permits"), QStringLiteral("import"), QStringLiteral("%1"),
                           QStringLiteral("x.csv"),   QStringLiteral("--crs"),  QStringLiteral("wgs")}
            << 2 << QStringLiteral("--crs takes an EPSG code or gcj02, not \"wgs\"");
        QTest::newRow("store that does not exist")
            << QStringList{QStringLiteral("segments"), QStringLiteral("check"),
                           QStringLiteral("%2/none.sqlite")}
            << 1 << QStringLiteral("none.sqlite does not exist.");
        QTest::newRow("permit that does not exist")
            << QStringList{QStringLiteral("report"),  QStringLiteral("permit"), QStringLiteral("%1"),
                           QStringLiteral("NO-SUCH"), QStringLiteral("--out"),  QStringLiteral("%2/p.pdf")}
            << 1 << QStringLiteral("There is no permit numbered NO-SUCH.");
        QTest::newRow("demo over an existing file")
            << QStringList{QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("%1")} << 1
            << QStringLiteral("the demo is never written over a file");
    }
    void exitCodesAndMessages()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, saysOnErr);
        for (QString &a : arguments)
            a = a.replace(QStringLiteral("%1"), m_store).replace(QStringLiteral("%2"), m_dir.path());
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(saysOnErr), qPrintable(run.err));
        if (exitCode == 1) // a failure is one line, without the usage
            QVERIFY2(!run.err.contains(QStringLiteral("usage:")), qPrintable(run.err));
    }

    void helpDescribesEveryOption()
    {
        const Run run = cli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option :
             {"--layer NAME", "--crs EPSG|gcj02", "--encoding NAME", "--map", "--accept"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        QVERIFY(run.out.contains(QStringLiteral("read a layer from other GIS")));
    }

    // A group's first word alone lists that group's commands, not every command.
    void groupWordListsItsCommands()
    {
        const Run run = cli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 2);
        for (const char *kind :
             {"report view DB", "report segments DB", "report permit DB", "report cases DB"})
            QVERIFY2(run.err.contains(QLatin1String(kind)), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("segments check DB")), qPrintable(run.err));
    }

    void optionsMayComeBeforeArguments()
    {
        const Run run =
            cli({QStringLiteral("export"), QStringLiteral("--crs"), QStringLiteral("4490"), m_store,
                 QStringLiteral("risk_points"), m_dir.filePath(QStringLiteral("r.geojson"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("features of risk_points")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("r.geojson"))));
    }

    void chineseWhenTheUserReadsChinese()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(URBANOPS_CLI),
                      {QStringLiteral("info"), m_dir.filePath(QStringLiteral("none"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("不存在")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
