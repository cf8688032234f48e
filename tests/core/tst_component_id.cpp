// Component identifiers (部件标识码): 6-digit county + 2-digit major class + 2-digit (GB/T 30428.2-2013)
// or 3-digit (reported successor) minor class + 6-digit serial.

#include "core/catalogue/component_id.h"

#include <QTest>

using uo::ComponentId;

class TstComponentId : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("county");
        QTest::addColumn<QString>("major");
        QTest::addColumn<QString>("minor");
        QTest::addColumn<int>("serial");
        // The domain reference's example: the first water-supply manhole cover (上水井盖) of Jiangbei.
        QTest::newRow("16 digits, first 上水井盖")
            << QStringLiteral("5001050101000001") << QStringLiteral("500105") << QStringLiteral("01")
            << QStringLiteral("01") << 1;
        QTest::newRow("16 digits, 防汛墙, last serial")
            << QStringLiteral("5001050606999999") << QStringLiteral("500105") << QStringLiteral("06")
            << QStringLiteral("06") << 999999;
        QTest::newRow("16 digits, 路灯 in 渝中")
            << QStringLiteral("5001030118001234") << QStringLiteral("500103") << QStringLiteral("01")
            << QStringLiteral("18") << 1234;
        QTest::newRow("17 digits, 3-digit minor")
            << QStringLiteral("50010501001000001") << QStringLiteral("500105") << QStringLiteral("01")
            << QStringLiteral("001") << 1;
        QTest::newRow("17 digits, minor 138")
            << QStringLiteral("50010501138000042") << QStringLiteral("500105") << QStringLiteral("01")
            << QStringLiteral("138") << 42;
    }
    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, county);
        QFETCH(QString, major);
        QFETCH(QString, minor);
        QFETCH(int, serial);
        const auto id = ComponentId::parse(text);
        QVERIFY(id);
        QCOMPARE(id->county, county);
        QCOMPARE(id->major, major);
        QCOMPARE(id->minor, minor);
        QCOMPARE(id->serial, serial);
        QCOMPARE(id->classCode(), major + minor);
        QCOMPARE(id->toString(), text);

        const auto made = ComponentId::make(county, major + minor, serial);
        QVERIFY(made);
        QCOMPARE(made->toString(), text);
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("15 digits") << QStringLiteral("500105010100001");
        QTest::newRow("18 digits") << QStringLiteral("500105010100000001");
        QTest::newRow("6 digits") << QStringLiteral("500105");
        QTest::newRow("letter") << QStringLiteral("50010501010000A1");
        QTest::newRow("leading space") << QStringLiteral(" 500105010100001");
        QTest::newRow("trailing space") << QStringLiteral("500105010100001 ");
        QTest::newRow("sign") << QStringLiteral("+500105010100001");
        QTest::newRow("full-width digit") << QStringLiteral("500105010100000１");
        QTest::newRow("Arabic-Indic digit") << QStringLiteral("50010501010000٠1");
        QTest::newRow("zero serial, 16") << QStringLiteral("5001050101000000");
        QTest::newRow("zero serial, 17") << QStringLiteral("50010501001000000");
        QTest::newRow("zero major, 16") << QStringLiteral("5001050001000001");
        QTest::newRow("zero major, 17") << QStringLiteral("50010500001000001");
        QTest::newRow("zero minor, 16") << QStringLiteral("5001050100000001");
        QTest::newRow("zero minor, 17") << QStringLiteral("50010501000000001");
    }
    void rejectsInvalid()
    {
        QFETCH(QString, text);
        QVERIFY(!ComponentId::parse(text));
    }

    void makeChecksItsParts_data()
    {
        QTest::addColumn<QString>("county");
        QTest::addColumn<QString>("classCode");
        QTest::addColumn<int>("serial");
        QTest::newRow("5-digit county") << QStringLiteral("50010") << QStringLiteral("0101") << 1;
        QTest::newRow("letters in county") << QStringLiteral("50010X") << QStringLiteral("0101") << 1;
        QTest::newRow("3-digit class") << QStringLiteral("500105") << QStringLiteral("010") << 1;
        QTest::newRow("6-digit class") << QStringLiteral("500105") << QStringLiteral("010101") << 1;
        QTest::newRow("serial 0") << QStringLiteral("500105") << QStringLiteral("0101") << 0;
        QTest::newRow("negative serial") << QStringLiteral("500105") << QStringLiteral("0101") << -5;
        QTest::newRow("serial 1000000") << QStringLiteral("500105") << QStringLiteral("0101") << 1000000;
        QTest::newRow("major 00") << QStringLiteral("500105") << QStringLiteral("0001") << 1;
    }
    void makeChecksItsParts()
    {
        QFETCH(QString, county);
        QFETCH(QString, classCode);
        QFETCH(int, serial);
        QVERIFY(!ComponentId::make(county, classCode, serial));
    }
};

QTEST_GUILESS_MAIN(TstComponentId)
#include "tst_component_id.moc"
