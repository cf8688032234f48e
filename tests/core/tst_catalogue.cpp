// The component catalogue as data: the built-in table has both schemes complete and consistent, goes into
// a store and comes back unchanged, and a broken CSV line is reported by its line number.

#include "tests/core/store_fixtures.h"

#include "core/catalogue/catalogue.h"
#include "core/sql/statement.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using uo::Catalogue;
using uo::CatalogueEntry;
using uo::DistrictStore;
using uo::StoreError;
using namespace uo::test;

namespace {

const QString k2013 = QLatin1String(Catalogue::kScheme2013);
const QString k2026 = QLatin1String(Catalogue::kScheme2026);

QStringList rowsOf(const Catalogue &catalogue)
{
    QStringList rows;
    for (const CatalogueEntry &e : catalogue.entries())
        rows << QStringList{e.scheme, e.code, e.name, e.nameEn, e.parent}.join(QLatin1Char('|'));
    rows.sort();
    return rows;
}

} // namespace

class TstCatalogue : public QObject
{
    Q_OBJECT

private slots:
    // Counts from the domain reference (GB/T 30428.2-2013 as listed there): 6 major classes and
    // 38 + 17 + 10 + 10 + 3 + 6 = 84 minor classes.
    void builtInIsComplete_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("minorDigits");
        QTest::newRow("2013") << k2013 << 2;
        QTest::newRow("2026") << k2026 << 3;
    }
    void builtInIsComplete()
    {
        QFETCH(QString, scheme);
        QFETCH(int, minorDigits);
        const Catalogue catalogue = Catalogue::builtIn();
        QHash<QString, int> minorsPerMajor;
        int majors = 0;
        QSet<QString> codes;
        for (const CatalogueEntry &e : catalogue.entries()) {
            if (e.scheme != scheme)
                continue;
            QVERIFY2(!codes.contains(e.code), qPrintable(e.code));
            codes.insert(e.code);
            QVERIFY(!e.name.isEmpty());
            QVERIFY(!e.nameEn.isEmpty());
            if (e.parent.isEmpty()) {
                ++majors;
                QCOMPARE(e.code.size(), 2);
                continue;
            }
            QCOMPARE(e.code.size(), 2 + minorDigits);
            QVERIFY2(e.code.startsWith(e.parent), qPrintable(e.code));
            const CatalogueEntry *parent = catalogue.find(scheme, e.parent);
            QVERIFY2(parent, qPrintable(e.code));
            QVERIFY2(parent->parent.isEmpty(), qPrintable(e.code));
            ++minorsPerMajor[e.parent];
        }
        QCOMPARE(majors, 6);
        QCOMPARE(catalogue.minorClasses(scheme).size(), 84);
        const QHash<QString, int> expected{{QStringLiteral("01"), 38}, {QStringLiteral("02"), 17},
                                           {QStringLiteral("03"), 10}, {QStringLiteral("04"), 10},
                                           {QStringLiteral("05"), 3},  {QStringLiteral("06"), 6}};
        QCOMPARE(minorsPerMajor, expected);
    }

    void builtInNamesFollowTheStandard_data()
    {
        QTest::addColumn<QString>("classCode");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("parent");
        QTest::newRow("0101") << QStringLiteral("0101") << QStringLiteral("上水井盖") << QStringLiteral("01");
        QTest::newRow("0138") << QStringLiteral("0138") << QStringLiteral("治安岗亭") << QStringLiteral("01");
        QTest::newRow("0213") << QStringLiteral("0213") << QStringLiteral("路名牌") << QStringLiteral("02");
        QTest::newRow("0305") << QStringLiteral("0305") << QStringLiteral("垃圾箱") << QStringLiteral("03");
        QTest::newRow("0402") << QStringLiteral("0402") << QStringLiteral("行道树") << QStringLiteral("04");
        QTest::newRow("0503") << QStringLiteral("0503") << QStringLiteral("公房地下室")
                              << QStringLiteral("05");
        QTest::newRow("0606") << QStringLiteral("0606") << QStringLiteral("防汛墙") << QStringLiteral("06");
        QTest::newRow("01001") << QStringLiteral("01001") << QStringLiteral("上水井盖")
                               << QStringLiteral("01");
        QTest::newRow("06006") << QStringLiteral("06006") << QStringLiteral("防汛墙") << QStringLiteral("06");
    }
    void builtInNamesFollowTheStandard()
    {
        QFETCH(QString, classCode);
        QFETCH(QString, name);
        QFETCH(QString, parent);
        const Catalogue catalogue = Catalogue::builtIn();
        const CatalogueEntry *entry = catalogue.forClassCode(classCode);
        QVERIFY(entry);
        QCOMPARE(entry->scheme, classCode.size() == 4 ? k2013 : k2026);
        QCOMPARE(entry->name, name);
        QCOMPARE(entry->parent, parent);
        QVERIFY(!catalogue.forClassCode(classCode.left(2) + QStringLiteral("99")));
    }

    void roundTripThroughAStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("district.sqlite"));
        const Catalogue builtIn = Catalogue::builtIn();
        {
            auto store = DistrictStore::create(path, jiangbei());
            QVERIFY(Catalogue::fromStore(*store).entries().isEmpty());
            builtIn.writeTo(*store);
            // Writing again replaces rows rather than doubling them.
            builtIn.writeTo(*store);
        }
        auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        QCOMPARE(store->count(QStringLiteral("catalogue")), builtIn.entries().size());
        const Catalogue stored = Catalogue::fromStore(*store);
        QCOMPARE(rowsOf(stored), rowsOf(builtIn));
        QVERIFY(stored.find(k2013, QStringLiteral("0101")));
        // Major classes have no parent: NULL in the table, not an empty string.
        QCOMPARE(rawInt(path, "SELECT count(*) FROM catalogue WHERE parent IS NULL"), 12);
        auto st = store->db().prepare(
            "SELECT new_values FROM audit_log WHERE action = 'import' AND table_name = 'catalogue'");
        QVERIFY(st.step());
        QVERIFY2(st.text(0).contains(QStringLiteral("\"rows\":%1").arg(builtIn.entries().size())),
                 qPrintable(st.text(0)));
    }

    void parsesCsv()
    {
        const QByteArray csv = "scheme,code,name,name_en,parent\r\n"
                               "local,90,扩展部件,Local extensions,\r\n"
                               "\r\n"
                               "local,9001,共享单车停放点,Shared-bike parking,90\r\n";
        const Catalogue catalogue = Catalogue::fromCsv(csv, QStringLiteral("local.csv"));
        QCOMPARE(catalogue.entries().size(), 2);
        const CatalogueEntry *bikes = catalogue.find(QStringLiteral("local"), QStringLiteral("9001"));
        QVERIFY(bikes);
        QCOMPARE(bikes->name, QStringLiteral("共享单车停放点"));
        QCOMPARE(bikes->nameEn, QStringLiteral("Shared-bike parking"));
        QCOMPARE(bikes->parent, QStringLiteral("90"));
        QCOMPARE(catalogue.minorClasses(QStringLiteral("local")).size(), 1);
    }

    void reportsTheBadLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        const QByteArray head = "scheme,code,name,name_en,parent\nlocal,90,扩展部件,Local extensions,\n";
        QTest::newRow("too few fields") << head + "local,9001,共享单车停放点,90\n" << 3;
        QTest::newRow("too many fields") << head + "local,9001,共享单车,停放点,Shared-bike parking,90\n" << 3;
        QTest::newRow("no code") << head + "local,,共享单车停放点,Shared-bike parking,90\n" << 3;
        QTest::newRow("no name") << head + "local,9001,,Shared-bike parking,90\n" << 3;
        QTest::newRow("no scheme") << head + "\n\n,9001,共享单车停放点,Shared-bike parking,90\n" << 5;
        QTest::newRow("after blank lines, CRLF")
            << QByteArray("scheme,code,name,name_en,parent\r\n\r\nlocal,9001\r\n") << 3;
    }
    void reportsTheBadLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        try {
            Catalogue::fromCsv(csv, QStringLiteral("local.csv"));
            QFAIL("a broken line was accepted");
        } catch (const StoreError &e) {
            QCOMPARE(kindName(e.kind()), kindName(StoreError::Kind::Invalid));
            QVERIFY2(e.message().contains(QStringLiteral("local.csv")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("line %1:").arg(line)), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TstCatalogue)
#include "tst_catalogue.moc"
