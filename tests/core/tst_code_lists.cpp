#include "core/catalogue/catalogue.h"
#include "core/catalogue/code_lists.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;

// The one list of coded values: it is what the store's CHECK constraints allow, and a file's value is
// read by its code, its English word or the Chinese word the workstation shows (from the Chinese
// catalogue compiled into this test as into the programs).
class TestCodeLists : public QObject
{
    Q_OBJECT

private slots:
    // Every `column IN (...)` of the schema lists exactly the codes CodeLists gives for it.
    void listsAreTheStoresConstraints()
    {
        QTemporaryDir dir;
        auto store = DistrictStore::create(dir.filePath(QStringLiteral("s.sqlite")), DistrictSettings());
        static const QRegularExpression check(
            QStringLiteral("(\\w+) (?:TEXT )?(?:NOT NULL )?CHECK \\((\\w+) IN\\s*\\(([^)]*)\\)\\)"));
        int compared = 0;
        for (const char *table : {"components", "roads", "risk_points", "permits", "people",
                                  "district_boundary", "streets", "permit_history"}) {
            const QString sql = store->db().scalarText(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + QByteArray(table) + "'");
            for (auto it = check.globalMatch(sql); it.hasNext();) {
                const auto m = it.next();
                QStringList allowed =
                    m.captured(3).remove(QLatin1Char('\'')).remove(QLatin1Char('\n')).split(QLatin1Char(','));
                for (QString &a : allowed)
                    a = a.trimmed();
                if (allowed.contains(QStringLiteral("0")))
                    continue; // flags
                QCOMPARE(CodeLists::codes(QLatin1String(table), m.captured(2)), allowed);
                ++compared;
            }
        }
        QVERIFY2(compared >= 9, qPrintable(QString::number(compared)));
    }

    void codeFor_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code"); // empty: not read
        QTest::newRow("the code") << "components"
                                  << "state"
                                  << "damaged"
                                  << "damaged";
        QTest::newRow("English word, other case") << "components"
                                                  << "state"
                                                  << " Damaged "
                                                  << "damaged";
        QTest::newRow("Chinese word") << "components"
                                      << "state"
                                      << "破损"
                                      << "damaged";
        QTest::newRow("占用") << "components"
                              << "state"
                              << "占用"
                              << "occupied";
        QTest::newRow("full-width letters") << "roads"
                                            << "grade"
                                            << "ｍａｉｎ"
                                            << "main";
        QTest::newRow("words with a space") << "roads"
                                            << "grade"
                                            << "main road"
                                            << "main";
        QTest::newRow("主干路") << "roads"
                                << "grade"
                                << "主干路"
                                << "main";
        QTest::newRow("short Chinese 红") << "risk_points"
                                          << "level"
                                          << "红"
                                          << "red";
        QTest::newRow("short Chinese 主干") << "roads"
                                            << "grade"
                                            << "主干"
                                            << "main";
        QTest::newRow("a start that fits two words") << "permits"
                                                     << "status"
                                                     << "已"
                                                     << "";
        QTest::newRow("risk category 易涝积水点") << "risk_points"
                                                  << "category"
                                                  << "易涝积水点"
                                                  << "flooding";
        QTest::newRow("other as a data source") << "components"
                                                << "data_source"
                                                << "其它"
                                                << "other";
        QTest::newRow("utility in Chinese") << "permits"
                                            << "utility_type"
                                            << "燃气"
                                            << "gas";
        QTest::newRow("role in Chinese") << "people"
                                         << "role"
                                         << "环卫"
                                         << "sanitation";
        QTest::newRow("unknown") << "components"
                                 << "state"
                                 << "坏了"
                                 << "";
        QTest::newRow("a word of another column") << "components"
                                                  << "state"
                                                  << "红色"
                                                  << "";
    }
    void codeFor()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QCOMPARE(CodeLists::codeFor(table, column, value).value_or(QString()), code);
    }

    void nearestNamesAnUnknownValue()
    {
        const QStringList near =
            CodeLists::nearest(QStringLiteral("components"), QStringLiteral("state"), QStringLiteral("破"));
        QCOMPARE(near.size(), 3);
        QCOMPARE(near.first(), QStringLiteral("破损 (damaged)"));
        QCOMPARE(CodeLists::nearest(QStringLiteral("roads"), QStringLiteral("grade"),
                                    QStringLiteral("secondry road"), 1),
                 QStringList{QStringLiteral("次干路 (secondary road)")});
    }

    void wordsAndTitles()
    {
        QCOMPARE(CodeLists::english(QStringLiteral("permits"), QStringLiteral("utility_type"),
                                    QStringLiteral("other")),
                 QStringLiteral("other"));
        QCOMPARE(CodeLists::chinese(QStringLiteral("permits"), QStringLiteral("utility_type"),
                                    QStringLiteral("other")),
                 QStringLiteral("其他"));
        QCOMPARE(CodeLists::chinese(QStringLiteral("components"), QStringLiteral("data_source"),
                                    QStringLiteral("other")),
                 QStringLiteral("其它"));
        // The interface here is English: titles start with a capital.
        QCOMPARE(CodeLists::title(QStringLiteral("permits"), QStringLiteral("status"),
                                  QStringLiteral("returned_joint")),
                 QStringLiteral("Returned for joint excavation"));
        QCOMPARE(CodeLists::word(QString(), QStringLiteral("grade"), QStringLiteral("trunk")),
                 QStringLiteral("expressway"));
        QCOMPARE(CodeLists::word(QString(), QStringLiteral("grade"), QStringLiteral("unknown")),
                 QStringLiteral("unknown"));
    }

    void classesByCodeOrName_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("code");
        QTest::newRow("2013 code") << "0118" << 4 << "0118";
        QTest::newRow("2026 code") << "01018" << 4 << "01018";
        QTest::newRow("Chinese name, 2013 store") << "路灯" << 4 << "0118";
        QTest::newRow("Chinese name, 2026 store") << "路灯" << 5 << "01018";
        QTest::newRow("English name") << "street LAMP" << 4 << "0118";
        QTest::newRow("a major class is not a class") << "01" << 4 << "";
        QTest::newRow("unknown") << "灯杆子" << 4 << "";
    }
    void classesByCodeOrName()
    {
        QFETCH(QString, value);
        QFETCH(int, length);
        QFETCH(QString, code);
        const Catalogue catalogue = Catalogue::builtIn();
        const CatalogueEntry *e = catalogue.classFor(value, length);
        QCOMPARE(e ? e->code : QString(), code);
        QCOMPARE(catalogue.successor(QStringLiteral("0402"))->code, QStringLiteral("04002"));
    }
};

QTEST_GUILESS_MAIN(TestCodeLists)
#include "tst_code_lists.moc"
