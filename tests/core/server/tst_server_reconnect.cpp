// A server district's store connection comes back by itself once its backend is gone (a server restart,
// an administrator ending the session, a dropped network): the test ends the store's backend with
// pg_terminate_backend from the cluster's superuser, as an administrator would. The next read, a
// statement prepared before, an edit session's save all work on a new connection set up as the first;
// a transaction open when the backend ended fails as Unreachable with nothing of it on the server, and
// is never carried on on the new connection; while the server takes no connections the action says it
// cannot reach it, and the one after it works once it does. Checks read the server through plain libpq.

#include "core/edit_session/edit_session.h"
#include "core/server/server_district.h"
#include "core/server/server_listener.h"
#include "core/server/server_roles.h"
#include "core/server/server_url.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using uo::DistrictStore;
using uo::StoreError;
using uo::server::ServerListener;
using uo::test::TestDatabase;

class TestServerReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A save on a server keeps its journal in the user's data folder: this test's own.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_db = std::make_unique<TestDatabase>();
        const QString file = m_dir.filePath(QStringLiteral("district.sqlite"));
        m_district = uo::test::makeTestDistrict(file);
        m_name = TestDatabase::name("reconnect");
        auto district = uo::server::ServerDistrict::open(
            uo::server::ServerUrl::parse(uo::test::publishCopy(*m_db, file, "reconnect")));
        uo::server::ServerRoles::addUser(*district, editorLogin(), uo::server::Role::Editor, std::nullopt,
                                         QStringLiteral("pw-editor"));
    }
    void cleanupTestCase() { m_db.reset(); }

    void readAfterTheBackendEnded()
    {
        auto store = openStore();
        const qint64 components = store->count(QStringLiteral("components"));
        QVERIFY(components > 0);
        const int before = ServerListener::processOf(*store);
        QVERIFY(endBackend(*store));

        // Unqualified table names: the new connection has the district's search_path too.
        QCOMPARE(store->count(QStringLiteral("components")), components);
        QCOMPARE(note(m_district.componentOnSegment),
                 store->readRow(QStringLiteral("components"), m_district.componentOnSegment)
                     .value(QStringLiteral("note"))
                     .toString());
        const int after = ServerListener::processOf(*store);
        QVERIFY(after != 0);
        QVERIFY(after != before);
    }

    // The store keeps statements for as long as it is open (the saver, workers, the audit insert): the
    // server forgot them with the session, so they prepare themselves again.
    void statementPreparedBeforeRunsAgain()
    {
        auto store = openStore();
        uo::sql::Statement read = store->db().prepare("SELECT note FROM components WHERE id = ?");
        read.bind(1, m_district.componentOnSegment);
        QVERIFY(read.step());
        const QString expected = read.text(0);
        read.reset();
        uo::sql::Statement write = store->db().prepare("UPDATE components SET note = ? WHERE id = ?");
        QVERIFY(endBackend(*store));

        read.bind(1, m_district.componentOnSegment);
        QVERIFY(read.step());
        QCOMPARE(read.text(0), expected);
        write.bind(1, QStringLiteral("prepared before")).bind(2, m_district.componentElsewhere).run();
        QCOMPARE(note(m_district.componentElsewhere), QStringLiteral("prepared before"));
        // And again after a second loss: the statements follow every new connection, not only the first.
        read.reset();
        QVERIFY(endBackend(*store));
        read.bind(1, m_district.componentElsewhere);
        QVERIFY(read.step());
        QCOMPARE(read.text(0), QStringLiteral("prepared before"));
    }

    void editSessionSavesAfterTheDrop()
    {
        auto store = openStore();
        uo::edit::EditSession session(*store);
        session.apply(session.setValues(QStringLiteral("components"), {m_district.componentOnSegment},
                                        {{QStringLiteral("note"), QStringLiteral("saved after the drop")}},
                                        QStringLiteral("note")));
        QVERIFY(endBackend(*store));

        const uo::edit::SaveResult result = session.save();
        QCOMPARE(result.saved, 1);
        QVERIFY(!session.hasChanges());
        QCOMPARE(note(m_district.componentOnSegment), QStringLiteral("saved after the drop"));
    }

    // The save is one transaction: the backend ended halfway through it leaves none of it on the server
    // and every edit pending, and the next save, once the server is back, writes each row once.
    void saveCutOffHalfwaySavesWholeNextTime()
    {
        auto store = openStore();
        const QList<qint64> ids = {m_district.componentOnSegment, m_district.componentElsewhere};
        const QString before = note(ids.first());
        uo::edit::EditSession session(*store);
        for (qint64 id : ids)
            session.apply(session.setValues(QStringLiteral("components"), {id},
                                            {{QStringLiteral("note"), QStringLiteral("halfway")}},
                                            QStringLiteral("note")));
        const qint64 audited = auditRows(ids);

        uo::edit::SaveOptions options;
        bool ended = false;
        options.onProgress = [&](int done, int) {
            if (done == 1)
                ended = endBackend(*store);
        };
        try {
            session.save(options);
            QFAIL("the save went through a lost connection");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Unreachable);
        }
        QVERIFY(ended);
        QCOMPARE(session.changeCount(), 2);
        QCOMPARE(note(ids.first()), before);
        QCOMPARE(auditRows(ids), audited);

        QCOMPARE(session.save().saved, 2);
        QVERIFY(!session.hasChanges());
        QCOMPARE(note(ids.first()), QStringLiteral("halfway"));
        QCOMPARE(note(ids.last()), QStringLiteral("halfway"));
        QCOMPARE(auditRows(ids), audited + 2); // one write of each row, not two
    }

    void transactionOpenWhenTheBackendEndsFails()
    {
        auto store = openStore();
        uo::sql::Database &db = store->db();
        const QString before = note(m_district.componentElsewhere);
        {
            uo::sql::Transaction tx(db);
            db.prepare("UPDATE components SET note = 'lost' WHERE id = ?")
                .bind(1, m_district.componentElsewhere)
                .run();
            QVERIFY(endBackend(*store));
            QVERIFY(failsUnreachable([&] {
                db.prepare("UPDATE components SET photo = 'lost' WHERE id = ?")
                    .bind(1, m_district.componentElsewhere)
                    .run();
            }));
            // Still in that transaction: nothing of it goes on, on a new connection, as if it were whole.
            QVERIFY(
                failsUnreachable([&] { db.exec("UPDATE components SET note = 'replayed' WHERE id = 0"); }));
            QVERIFY(failsUnreachable([&] { uo::sql::Transaction nested(db); }));
            QVERIFY(failsUnreachable([&] { tx.commit(); }));
        }
        QCOMPARE(note(m_district.componentElsewhere), before);
        // The action after it works.
        QCOMPARE(store->readRow(QStringLiteral("components"), m_district.componentElsewhere)
                     .value(QStringLiteral("note"))
                     .toString(),
                 before);
        {
            uo::sql::Transaction tx(db);
            db.prepare("UPDATE components SET note = 'after' WHERE id = ?")
                .bind(1, m_district.componentElsewhere)
                .run();
            tx.commit();
        }
        QCOMPARE(note(m_district.componentElsewhere), QStringLiteral("after"));
    }

    // While the server takes no connections, an action says it cannot be reached; once it takes them
    // again, the next action works without opening the district again.
    void serverBackAfterItWasDown()
    {
        auto store = openStore();
        QVERIFY(allowConnections(false));
        const bool ended = endBackend(*store);
        try {
            store->count(QStringLiteral("components"));
            allowConnections(true);
            QFAIL("read with the server refusing connections");
        } catch (const StoreError &error) {
            allowConnections(true);
            QCOMPARE(error.kind(), StoreError::Kind::Unreachable);
            QVERIFY2(error.message().contains(store->path()), qPrintable(error.message()));
        }
        QVERIFY(ended);
        QVERIFY(store->count(QStringLiteral("components")) > 0);
    }

    // A read-only store stays read-only on its new connection (the session's settings are set again).
    void readOnlyStaysReadOnly()
    {
        auto store = DistrictStore::open(editorUrl(), DistrictStore::Access::ReadOnly);
        QVERIFY(endBackend(*store));
        try {
            store->db().exec("UPDATE components SET note = 'read-only' WHERE id = " +
                             QByteArray::number(m_district.componentOnSegment));
            QFAIL("a read-only store wrote");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::ReadOnly);
        }
        QVERIFY(note(m_district.componentOnSegment) != QLatin1String("read-only"));
    }

private:
    static QString editorLogin() { return TestDatabase::name("reconnect_editor"); }
    QString editorUrl() const { return m_db->url(m_name, editorLogin(), QStringLiteral("pw-editor")); }
    std::unique_ptr<DistrictStore> openStore() const
    {
        return DistrictStore::open(editorUrl(), DistrictStore::Access::ReadWrite);
    }

    // Ends the store's backend as an administrator does, and waits until it is gone.
    bool endBackend(DistrictStore &store) const
    {
        const int pid = ServerListener::processOf(store);
        return pid != 0 && m_db->value(QStringLiteral("SELECT pg_terminate_backend(%1, 30000)").arg(pid)) ==
                               QLatin1String("t");
    }

    // Whether the test database takes new connections (those made stay), as a server starting up or
    // shutting down refuses them; set from the cluster's maintenance database, since a database cannot
    // refuse connections from a session of its own.
    bool allowConnections(bool allow) const
    {
        QUrl maintenance(qEnvironmentVariable("UROPS_TEST_SERVER"));
        maintenance.setPath(QStringLiteral("/postgres"));
        PGconn *conn = PQconnectdb(maintenance.toString(QUrl::FullyEncoded).toUtf8().constData());
        const bool done =
            PQstatus(conn) == CONNECTION_OK &&
            TestDatabase::run(
                conn, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                          .arg(m_db->databaseName(), allow ? QLatin1String("true") : QLatin1String("false")))
                .isEmpty();
        PQfinish(conn);
        return done;
    }

    template <typename Action> static bool failsUnreachable(Action action)
    {
        try {
            action();
        } catch (const StoreError &error) {
            return error.kind() == StoreError::Kind::Unreachable;
        }
        return false;
    }

    QString note(qint64 id) const
    {
        return m_db->value(
            QStringLiteral("SELECT coalesce(note, '') FROM %1.components WHERE id = %2").arg(m_name).arg(id));
    }
    qint64 auditRows(const QList<qint64> &ids) const
    {
        QStringList list;
        for (qint64 id : ids)
            list.append(QString::number(id));
        return m_db
            ->value(QStringLiteral("SELECT count(*) FROM %1.audit_log WHERE table_name = 'components' AND "
                                   "row_id IN (%2)")
                        .arg(m_name, list.join(QLatin1Char(','))))
            .toLongLong();
    }

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_name;
    uo::test::TestDistrict m_district;
};

QTEST_GUILESS_MAIN(TestServerReconnect)
#include "tst_server_reconnect.moc"
