// The same statements, written for the file store, run through sql::Statement on a district file and
// on the same district published to the server (sql::PgBackend, sql::PgStatement): the same rows, values and
// storage classes come back, geometry as the same blobs, bit for bit; a geometry blob bound on the
// server is written as that geometry. (Expressions are named with AS: PostgreSQL names an unnamed one
// `count` or `?column?` where SQLite repeats its text.)

#include "core/server/server_district.h"
#include "core/server/server_url.h"
#include "core/sql/database.h"
#include "core/sql/pg_backend.h"
#include "core/sql/statement.h"
#include "core/store/store_error.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using uo::server::ServerUrl;
using uo::sql::Statement;
using uo::test::TestDatabase;

namespace {

// A value with its storage class, doubles by their bits, for comparing the two back ends exactly.
template <typename S> QStringList rows(S &st)
{
    QStringList out;
    while (st.step()) {
        QStringList values;
        for (int c = 0; c < st.columnCount(); ++c) {
            QString v;
            switch (st.type(c)) {
            case Statement::Type::Null:
                v = QStringLiteral("n");
                break;
            case Statement::Type::Integer:
                v = QStringLiteral("i:") + QString::number(st.int64(c));
                break;
            case Statement::Type::Real: {
                const double d = st.real(c);
                quint64 bits;
                std::memcpy(&bits, &d, 8);
                v = QStringLiteral("r:") + QString::number(bits, 16);
                break;
            }
            case Statement::Type::Text:
                v = QStringLiteral("t:") + st.text(c);
                break;
            case Statement::Type::Blob:
                v = QStringLiteral("b:") + QString::fromLatin1(st.blob(c).toHex());
                break;
            }
            values << st.columnName(c).toLower() + QLatin1Char('=') + v;
        }
        out << values.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestPgStatement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        m_file = m_dir.filePath(QStringLiteral("district.sqlite"));
        m_district = uo::test::makeTestDistrict(m_file);
        m_server = uo::sql::PgBackend::open(ServerUrl::parse(uo::test::publishCopy(*m_db, m_file, "stmt")));
        m_sqlite = std::make_unique<uo::sql::Database>(m_file, uo::sql::Database::Mode::ReadOnly);
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_db.reset();
    }

    void sameRowsOnBoth_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QVariantList>("params");
        QTest::newRow("components with geometry")
            << QByteArray("SELECT id, ident, class_code, name, dept_id, grid_code, state, note, geom FROM "
                          "components "
                          "ORDER BY id")
            << QVariantList{};
        QTest::newRow("every layer's geometry")
            << QByteArray("SELECT 'b' AS layer, geom FROM district_boundary UNION ALL SELECT 's', geom FROM "
                          "streets UNION ALL "
                          "SELECT 'g', geom FROM grid_cells UNION ALL SELECT 'r', geom FROM roads UNION ALL "
                          "SELECT 'p', geom FROM permits ORDER BY 1")
            << QVariantList{};
        QTest::newRow("anonymous parameters")
            << QByteArray("SELECT id, name, active FROM people WHERE id = ? OR name = ? ORDER BY id")
            << QVariantList{qint64(1), QStringLiteral("王 五\n(greening)")};
        QTest::newRow("numbered, reused")
            << QByteArray("SELECT id, code FROM roads WHERE id = ?1 OR id + 1 = ?1 ORDER BY id")
            << QVariantList{qint64(2)};
        QTest::newRow("named, reused")
            << QByteArray(
                   "SELECT code, level FROM risk_points WHERE code = :code OR name = :code ORDER BY code")
            << QVariantList{QStringLiteral("R-2")};
        QTest::newRow("a null parameter")
            << QByteArray("SELECT count(*) AS n FROM components WHERE coalesce(note, '') = coalesce(?, '')")
            << QVariantList{QVariant()};
        QTest::newRow("decimals that do not round")
            << QByteArray("SELECT area_m2, area_m2 * 3 AS tripled FROM district_boundary") << QVariantList{};
        QTest::newRow("beyond a double's integers") << QByteArray("SELECT id, name FROM shops WHERE id > ?")
                                                    << QVariantList{qint64(9007199254740992)};
        QTest::newRow("aggregates")
            << QByteArray("SELECT count(*) AS n, max(id) AS last, min(name) AS first FROM components")
            << QVariantList{};
        QTest::newRow("a blob that is not geometry")
            << QByteArray("SELECT id, components_version, data FROM component_points_cache")
            << QVariantList{};
        QTest::newRow("a decimal parameter")
            << QByteArray("SELECT id FROM risk_records WHERE value > ? ORDER BY id")
            << QVariantList{61.24999999999999};
    }
    void sameRowsOnBoth()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QVariantList, params);
        Statement file = m_sqlite->prepare(sql);
        Statement server = m_server->prepare(sql);
        for (int i = 0; i < params.size(); ++i) {
            file.bindVariant(i + 1, params[i]);
            server.bindVariant(i + 1, params[i]);
        }
        const QStringList expected = rows(file), actual = rows(server);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(actual, expected);
    }

    // A geometry bound as the store's blob finds and writes that geometry on the server.
    void geometryParameters()
    {
        Statement read = m_sqlite->prepare("SELECT geom FROM components WHERE id = ?");
        read.bind(1, m_district.componentOnSegment);
        QVERIFY(read.step());
        const QByteArray blob = read.blob(0);

        Statement find = m_server->prepare("SELECT id FROM components WHERE ST_Equals(geom, ?)");
        find.bindBlob(1, blob);
        QVERIFY(find.step());
        QCOMPARE(find.int64(0), m_district.componentOnSegment);

        const QByteArray moved =
            uo::geometry_blob::encode(uo::Geometry::point(4545, {370123.000001, 3278004.999999}));
        m_server->exec("BEGIN");
        Statement update = m_server->prepare("UPDATE components SET geom = :g, note = :n WHERE id = :id");
        update.bindBlob(1, moved).bind(2, QStringLiteral("moved")).bind(3, m_district.componentElsewhere);
        update.run();
        QCOMPARE(m_server->changes(), 1);
        Statement back = m_server->prepare("SELECT geom, note FROM components WHERE id = ?");
        back.bind(1, m_district.componentElsewhere);
        QVERIFY(back.step());
        QCOMPARE(back.blob(0).toHex(), moved.toHex());
        QCOMPARE(back.text(1), QStringLiteral("moved"));
        m_server->exec("ROLLBACK");

        // Something else where a geometry goes is refused before it reaches the server.
        Statement wrong = m_server->prepare("UPDATE components SET geom = ? WHERE id = 0");
        QVERIFY_THROWS_EXCEPTION(uo::StoreError, wrong.bindBlob(1, QByteArray("not a geometry")));
    }

    // Statements interleave as they do on SQLite: rows of one are read while another runs.
    void interleaved()
    {
        Statement outer = m_server->prepare("SELECT id FROM roads ORDER BY id");
        Statement inner = m_server->prepare("SELECT count(*) FROM road_segments WHERE road_id = ?");
        int roads = 0;
        while (outer.step()) {
            inner.reset();
            inner.bind(1, outer.int64(0));
            QVERIFY(inner.step());
            QCOMPARE(inner.int64(0), 1);
            ++roads;
        }
        QCOMPARE(roads, 1);
    }

    // Transactions nest as on a file: an inner one is a savepoint that rolls back alone.
    void nestedTransactions()
    {
        auto setNote = [&](const QString &text) {
            Statement st = m_server->prepare("UPDATE components SET note = ? WHERE id = ?");
            st.bind(1, text).bind(2, m_district.componentElsewhere);
            st.run();
        };
        const QString before = note();
        {
            uo::sql::Transaction outer(*m_server);
            setNote(QStringLiteral("outer"));
            {
                uo::sql::Transaction inner(*m_server);
                setNote(QStringLiteral("inner, abandoned"));
            }
            QCOMPARE(note(), QStringLiteral("outer"));
            {
                uo::sql::Transaction inner(*m_server);
                setNote(QStringLiteral("inner, kept"));
                inner.commit();
            }
            QCOMPARE(note(), QStringLiteral("inner, kept"));
            // outer is not committed: all of it goes
        }
        QCOMPARE(note(), before);
        {
            uo::sql::Transaction tx(*m_server);
            setNote(QStringLiteral("committed"));
            tx.commit();
        }
        QCOMPARE(note(), QStringLiteral("committed"));
    }

    // A failed statement aborts a server transaction: its commit is refused rather than passing for one,
    // and nothing of it is kept.
    void failedStatementAbandonsTheTransaction()
    {
        const QString before = note();
        {
            uo::sql::Transaction tx(*m_server);
            Statement st = m_server->prepare("UPDATE components SET note = ? WHERE id = ?");
            st.bind(1, QStringLiteral("lost")).bind(2, m_district.componentElsewhere);
            st.run();
            QVERIFY_THROWS_EXCEPTION(uo::StoreError, m_server->exec("SELECT nothing FROM nowhere"));
            QVERIFY_THROWS_EXCEPTION(uo::StoreError, tx.commit());
        }
        QCOMPARE(note(), before);
    }

    // Writes queued for one round trip (Statement::runQueued, server::Pipeline) run in order, more than
    // one synchronisation point's worth of them: a read between them sees the ones before it, a
    // statement that goes while its executions wait leaves no prepared statement behind, and the commit
    // keeps them all.
    void queuedWritesRunInOrder()
    {
        const qint64 preparedBefore = preparedStatements();
        {
            uo::sql::Transaction tx(*m_server);
            Statement st = m_server->prepare("UPDATE components SET note = ? WHERE id = ?");
            for (int i = 1; i <= 600; ++i) {
                st.bind(1, QString::number(i)).bind(2, m_district.componentElsewhere);
                st.runQueued();
                if (i == 300)
                    QCOMPARE(note(), QStringLiteral("300"));
            }
            {
                Statement last = m_server->prepare("UPDATE components SET note = ? WHERE id = ?");
                last.bind(1, QStringLiteral("last")).bind(2, m_district.componentElsewhere);
                last.runQueued();
            } // gone before its execution was sent
            tx.commit();
        }
        QCOMPARE(note(), QStringLiteral("last"));
        QCOMPARE(preparedStatements(), preparedBefore);
    }

    // A queued write the server refuses is thrown by the next statement that runs, with the server's
    // reason, and nothing of its transaction is kept; the connection goes on working afterwards.
    void queuedFailureIsThrownByTheNextStatement()
    {
        const QString before = note();
        try {
            uo::sql::Transaction tx(*m_server);
            Statement st = m_server->prepare("UPDATE components SET note = ? WHERE id = ?");
            st.bind(1, QStringLiteral("lost")).bind(2, m_district.componentElsewhere);
            st.runQueued();
            Statement clash = m_server->prepare("UPDATE components SET id = ? WHERE id = ?");
            clash.bind(1, m_district.componentOnSegment).bind(2, m_district.componentElsewhere);
            clash.runQueued();
            st.bind(1, QStringLiteral("after the refusal")).bind(2, m_district.componentElsewhere);
            st.runQueued();
            note();
            QFAIL("the refused write was not reported");
        } catch (const uo::StoreError &error) {
            QCOMPARE(error.kind(), uo::StoreError::Kind::Invalid);
        }
        QCOMPARE(note(), before);
        // At the commit too, when nothing reads after it.
        {
            uo::sql::Transaction tx(*m_server);
            Statement clash = m_server->prepare("UPDATE components SET id = ? WHERE id = ?");
            clash.bind(1, m_district.componentOnSegment).bind(2, m_district.componentElsewhere);
            clash.runQueued();
            QVERIFY_THROWS_EXCEPTION(uo::StoreError, tx.commit());
        }
        QCOMPARE(note(), before);
    }

    void refusals()
    {
        QVERIFY_THROWS_EXCEPTION(uo::StoreError, m_server->prepare("SELECT nothing FROM nowhere"));
        Statement st = m_server->prepare("SELECT id FROM roads WHERE id = ?");
        QVERIFY_THROWS_EXCEPTION(uo::StoreError, st.bind(2, qint64(1)));
    }

private:
    QString note()
    {
        Statement st = m_server->prepare("SELECT note FROM components WHERE id = ?");
        st.bind(1, m_district.componentElsewhere);
        return st.step() ? st.text(0) : QStringLiteral("no row");
    }
    qint64 preparedStatements() { return m_server->scalarInt("SELECT count(*) FROM pg_prepared_statements"); }

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_file;
    uo::test::TestDistrict m_district;
    std::unique_ptr<uo::sql::Database> m_server;
    std::unique_ptr<uo::sql::Database> m_sqlite;
};

QTEST_GUILESS_MAIN(TestPgStatement)
#include "tst_pg_statement.moc"
