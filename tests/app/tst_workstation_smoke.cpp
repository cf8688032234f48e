#include "gis/render/map_style.h"
#include "tests/app/damaged_page.h"
#include "tests/gis/render/tiny_district.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestWorkstationSmoke : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    // Runs the program with its settings kept in the test's folder, never the user's.
    int run(const QStringList &arguments, QString *errors = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(URBANOPS_BINARY), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (errors)
            *errors = QString::fromLocal8Bit(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("tiny.sqlite"));
        tiny_district::create(m_store);
    }

    void screenshotOfADistrict_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("English") << QStringLiteral("en") << QSize(900, 600);
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QSize(1024, 700);
    }
    void screenshotOfADistrict()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString png = m_dir.filePath(QStringLiteral("shot-%1.png").arg(language));
        QString errors;
        const int code = run({QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                              QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                              QStringLiteral("--language"), language, m_store},
                             &errors);
        QVERIFY2(code == 0, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(errors)));

        const QImage image(png);
        QVERIFY2(!image.isNull(), "the screenshot is not a readable PNG");
        QCOMPARE(image.size(), size);
        QSet<QRgb> colours;
        int riskRed = 0;
        const QColor red = uo::map_style::riskColour(QStringLiteral("red"));
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                colours.insert(image.pixel(x, y));
                riskRed += tiny_district::near(image.pixelColor(x, y), red, 10) ? 1 : 0;
            }
        QVERIFY2(colours.size() > 20, "the window looks blank");
        // The map itself was drawn, not just the window around it.
        QVERIFY2(riskRed > 5, qPrintable(QString::number(riskRed)));
    }

    void aMissingFileFailsCleanly()
    {
        const QString png = m_dir.filePath(QStringLiteral("missing.png"));
        const QString missing = m_dir.filePath(QStringLiteral("no-such-district.sqlite"));
        QString errors;
        QCOMPARE(run({QStringLiteral("--screenshot"), png, missing}, &errors), 1);
        QVERIFY2(errors.contains(QStringLiteral("no-such-district.sqlite")), qPrintable(errors));
        QVERIFY(!QFile::exists(png));
    }

    // Nobody is there to answer in a headless run: a question (edits left by a session that was killed)
    // or a warning (a damaged file, a store missing a table) is closed unanswered with its safe answer,
    // said on stderr, and the screenshot is still taken; the time limit covers opening too.
    void headlessNeverWaitsOnADialog_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::newRow("edits left by a killed session") << QStringLiteral("journal");
        QTest::newRow("a damaged page") << QStringLiteral("damage");
        QTest::newRow("a missing table") << QStringLiteral("table");
    }

    void headlessNeverWaitsOnADialog()
    {
        QFETCH(QString, situation);
        const QString store = m_dir.filePath(situation + QStringLiteral(".sqlite"));
        QVERIFY(QFile::copy(m_store, store));
        if (situation == QLatin1String("journal")) {
            QProcess editor; // another workstation, killed with unsaved edits
            editor.start(QStringLiteral(EDIT_SAVE_CHILD),
                         {store, QStringLiteral("1-3"), QStringLiteral("left"), QStringLiteral("--no-save")});
            QVERIFY(editor.waitForReadyRead(30000));
            editor.kill();
            editor.waitForFinished();
        } else if (situation == QLatin1String("damage")) {
            QVERIFY(damaged_page::damage(store));
        } else {
            QProcess shell;
            shell.start(QStringLiteral("sqlite3"), {store, QStringLiteral("DROP TABLE nodig_calendar")});
            QVERIFY(shell.waitForFinished(30000));
        }
        const QStringList journalsBefore =
            QDir(m_dir.path()).entryList({situation + QStringLiteral(".sqlite.*.edits")});
        const QString png = m_dir.filePath(situation + QStringLiteral(".png"));
        QString errors;
        const int code = run(
            {QStringLiteral("--screenshot"), png, QStringLiteral("--timeout"), QStringLiteral("60"), store},
            &errors);
        QVERIFY2(code >= 0, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(errors)));
        if (situation == QLatin1String("journal")) {
            QVERIFY2(code == 0 && QFile::exists(png),
                     qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(errors)));
            QVERIFY2(errors.contains(QStringLiteral("Recover")), qPrintable(errors));
        } else if (situation == QLatin1String("damage")) {
            // Found by the check after opening: a warning, closed unanswered, and the picture taken.
            QVERIFY2(code == 0 && errors.contains(QStringLiteral("damaged")), qPrintable(errors));
        }
        // Closing the question unanswered keeps the edits for later.
        QCOMPARE(QDir(m_dir.path()).entryList({situation + QStringLiteral(".sqlite.*.edits")}),
                 journalsBefore);
    }

    void aBadSizeIsRefused()
    {
        QString errors;
        QCOMPARE(run({QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")),
                      QStringLiteral("--size"), QStringLiteral("big"), m_store},
                     &errors),
                 2);
        QVERIFY(errors.contains(QStringLiteral("big")));
    }
};

QTEST_MAIN(TestWorkstationSmoke)
#include "tst_workstation_smoke.moc"
