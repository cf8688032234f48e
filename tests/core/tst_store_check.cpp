// Damage inside a district file is found: one page overwritten (the store still opens, its header and
// schema being whole) fails SQLite's quick check and the full check; an invariant of the store broken by
// another program (a trigger dropped, a spatial index emptied, the point cache ahead of its layer) is
// named by the full check; a whole store passes both.

#include "core/store/store_check.h"
#include "tests/core/edit_session/edit_district.h"
#include "tests/core/store_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using uo::DistrictStore;
using uo::StoreCheck;
using namespace uo::test;

namespace {
// Writes garbage over one page in the middle of a closed file, as a failing disk or a stray write would.
bool damagePage(const QString &path, double at)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pageSize = 4096;
    const qint64 page = qint64(double(file.size() / pageSize) * at);
    file.seek(page * pageSize + 100);
    QByteArray junk(pageSize - 200, '\0');
    for (qsizetype i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919 + 13) & 0xff);
    return file.write(junk) == junk.size();
}
} // namespace

class TstStoreCheck : public QObject
{
    Q_OBJECT

private slots:
    void aWholeStorePasses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        edit_district::make(path, 3000).reset();
        auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        QCOMPARE(StoreCheck::quick(*store), QStringList());
        QCOMPARE(StoreCheck::full(*store), QStringList());
    }

    void aDamagedPageIsFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        edit_district::make(path, 3000).reset();
        QVERIFY(damagePage(path, 0.6));
        auto store =
            DistrictStore::open(path, DistrictStore::Access::ReadOnly); // header and schema are whole
        QVERIFY(!StoreCheck::quick(*store).isEmpty());
        const QStringList full = StoreCheck::full(*store);
        QVERIFY(!full.isEmpty());
        QVERIFY2(full.first().contains(QStringLiteral("damaged")), qPrintable(full.first()));
    }

    void brokenInvariantsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("change counter trigger dropped")
            << QByteArray("DROP TRIGGER lv_update_components") << QStringLiteral("components");
        QTest::newRow("spatial index emptied") << QByteArray("DELETE FROM idx_components_geom")
                                               << QStringLiteral("spatial index of layer components");
        QTest::newRow("point cache ahead of its layer")
            << QByteArray("INSERT INTO component_points_cache(id, components_version, data) VALUES (1, "
                          "999999, x'00')")
            << QStringLiteral("999999");
        QTest::newRow("a collaborator of no segment")
            << QByteArray("PRAGMA foreign_keys = OFF; INSERT INTO segment_collaborators VALUES (4242, 4343)")
            << QStringLiteral("segment_collaborators");
    }

    void brokenInvariantsAreNamed()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        edit_district::make(path, 50).reset();
        QCOMPARE(rawExec(path, sql.constData()), QString());
        auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        QCOMPARE(StoreCheck::quick(*store), QStringList()); // the file itself is whole
        const QStringList problems = StoreCheck::full(*store);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(named),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TstStoreCheck)
#include "tst_store_check.moc"
