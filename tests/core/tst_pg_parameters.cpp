// SQLite's parameters rewritten as PostgreSQL's, numbered as SQLite numbers them (checked against
// SQLite's own numbering with sqlite3_bind_parameter_index and _count), and nothing else touched.

#include "core/sql/database.h"
#include "core/sql/pg_parameters.h"

#include <QTest>
#include <sqlite3.h>

class TestPgParameters : public QObject
{
    Q_OBJECT

private slots:
    void rewrite_data()
    {
        QTest::addColumn<QByteArray>("sqlite");
        QTest::addColumn<QByteArray>("postgres");
        QTest::addColumn<int>("count");
        QTest::newRow("none") << QByteArray("SELECT 1") << QByteArray("SELECT 1") << 0;
        QTest::newRow("anonymous") << QByteArray("SELECT a FROM t WHERE b = ? AND c=?")
                                   << QByteArray("SELECT a FROM t WHERE b = $1 AND c=$2") << 2;
        QTest::newRow("numbered, reused")
            << QByteArray("SELECT ?2, ?1 FROM t WHERE x BETWEEN ?1 AND ?2")
            << QByteArray("SELECT $2, $1 FROM t WHERE x BETWEEN $1 AND $2") << 2;
        QTest::newRow("anonymous after a number")
            << QByteArray("SELECT ?3, ?") << QByteArray("SELECT $3, $4") << 4;
        QTest::newRow("named, reused")
            << QByteArray("SELECT :permit, :d, :permit") << QByteArray("SELECT $1, $2, $1") << 2;
        QTest::newRow("names keep their case")
            << QByteArray("SELECT :a, :A") << QByteArray("SELECT $1, $2") << 2;
        QTest::newRow("@ and $ names")
            << QByteArray("SELECT @x, $y, @x") << QByteArray("SELECT $1, $2, $1") << 2;
        QTest::newRow("in a string") << QByteArray("SELECT '?', 'a:b', ? FROM t")
                                     << QByteArray("SELECT '?', 'a:b', $1 FROM t") << 1;
        QTest::newRow("in a quoted name") << QByteArray("SELECT \"what?\" FROM t WHERE x = ?")
                                          << QByteArray("SELECT \"what?\" FROM t WHERE x = $1") << 1;
        QTest::newRow("in comments") << QByteArray("SELECT ? -- why?\n, /* :not */ ?")
                                     << QByteArray("SELECT $1 -- why?\n, /* :not */ $2") << 2;
        QTest::newRow("a cast is not a name")
            << QByteArray("SELECT x::text, :y") << QByteArray("SELECT x::text, $1") << 1;
        QTest::newRow("chinese around")
            << QByteArray("SELECT '路段长' || ? AS 名称") << QByteArray("SELECT '路段长' || $1 AS 名称") << 1;
    }
    void rewrite()
    {
        QFETCH(QByteArray, sqlite);
        QFETCH(QByteArray, postgres);
        QFETCH(int, count);
        const uo::sql::PgParameters out = uo::sql::toPgParameters(sqlite);
        QCOMPARE(out.sql, postgres);
        QCOMPARE(out.count, count);
        // SQLite numbers them the same way. (It does not know :: casts.)
        if (sqlite.contains("::"))
            return;
        uo::sql::Database db(QStringLiteral(":memory:"), uo::sql::Database::Mode::Create);
        db.exec("CREATE TABLE t (a, b, c, x, \"what?\")");
        sqlite3_stmt *st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db.handle(), sqlite.constData(), -1, &st, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_bind_parameter_count(st), count);
        for (const char *name : {":permit", ":d", "@x", "$y", ":a", ":A"}) {
            const int index = sqlite3_bind_parameter_index(st, name);
            if (index > 0)
                QVERIFY2(out.sql.contains(QByteArray('$' + QByteArray::number(index))), name);
        }
        sqlite3_finalize(st);
    }
};

QTEST_GUILESS_MAIN(TestPgParameters)
#include "tst_pg_parameters.moc"
